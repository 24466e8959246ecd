import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";

/** What the feed host answers one GET; CORS headers are added unless `cors` is false. */
export interface FeedReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  cors?: boolean;
}

export interface FeedRequest {
  method: string;
  path: string;
  ifNoneMatch?: string;
  /** A preflight's Access-Control-Request-Headers. */
  requestHeaders?: string;
}

export interface FeedServer {
  /** `https://127.0.0.1:<port>`: another origin than the pane's, as a CDN would be. */
  origin: string;
  url(path: string): string;
  /** Every request that reached the server, preflights included. */
  requests: FeedRequest[];
  /** Sets how the following GETs are answered. */
  answer(handler: (request: FeedRequest) => FeedReply): void;
  /** The request headers a preflight's answer allows (the README's advice by default). */
  allowHeaders: string;
  stop(): Promise<void>;
}

/**
 * A local HTTPS feed host whose answers the test scripts, with a throwaway self-signed certificate.
 * It allows `allowedOrigin` by CORS as the README tells publishers to: the origin, If-None-Match
 * (the pane's conditional GET needs a preflight) and a readable ETag.
 */
export async function startFeedServer(allowedOrigin: string): Promise<FeedServer> {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
  });
  const requests: FeedRequest[] = [];
  let handler: (request: FeedRequest) => FeedReply = () => ({ status: 404, body: "Not Found" });
  const cors = {
    "Access-Control-Allow-Origin": allowedOrigin,
    "Access-Control-Expose-Headers": "ETag",
    Vary: "Origin",
  };
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) =>
    respond(req, res),
  );
  function respond(req: IncomingMessage, res: ServerResponse): void {
    const header = req.headers["if-none-match"];
    const asked = req.headers["access-control-request-headers"];
    const request = {
      method: req.method ?? "GET",
      path: new URL(req.url ?? "/", "https://127.0.0.1").pathname,
      ...(header ? { ifNoneMatch: String(header) } : {}),
      ...(asked ? { requestHeaders: String(asked) } : {}),
    };
    requests.push(request);
    if (request.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors,
        "Access-Control-Allow-Methods": "GET",
        "Access-Control-Allow-Headers": feedServer.allowHeaders,
        // Not cached: each preflight of a test reaches the host and meets its current answer.
        "Access-Control-Max-Age": "0",
      });
      res.end();
      return;
    }
    const reply = handler(request);
    res.writeHead(reply.status, {
      "Cache-Control": "no-cache",
      ...(reply.cors === false ? {} : cors),
      ...reply.headers,
    });
    res.end(reply.body);
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feedServer: FeedServer = {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, "")}`,
    requests,
    answer: (next) => {
      handler = next;
    },
    allowHeaders: "If-None-Match",
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return feedServer;
}
