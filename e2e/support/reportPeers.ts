/**
 * Local stand-ins for what a report is delivered to, on 127.0.0.1 (never the internet): Microsoft
 * Graph's `POST /v1.0/me/sendMail`, the identity platform's token endpoint, and a webhook receiver.
 * Each records the real request bytes; each test chooses how they answer (`faults`). The webhook
 * receiver deduplicates on the Idempotency-Key, as the README asks of a real one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface PeerRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** How the receiver treats one request. */
export type Fault =
  | "ok"
  /** 500 with a body. */
  | "500"
  /** 503 with Retry-After: 0. */
  | "503"
  /** 429 with Retry-After: 0. */
  | "429"
  /** Never answers (the client's deadline passes); nothing is kept. */
  | "timeout"
  /** Drops the connection before taking the report. */
  | "drop-before"
  /** Takes the report, then drops the connection before answering (the answer is lost). */
  | "drop-after";

export interface Peers {
  origin: string;
  graphUrl: string;
  tokenUrl: string;
  webhookUrl: string;
  /** Every request, in order (preflights included). */
  requests: PeerRequest[];
  sendMail: PeerRequest[];
  webhook: PeerRequest[];
  tokenRequests: PeerRequest[];
  /** Reports the webhook kept, by idempotency key, with how many times each key arrived. */
  committed: Map<string, { body: string; arrivals: number }>;
  /** Graph messages accepted (202). */
  accepted: PeerRequest[];
  faultCounts: Record<Fault, number>;
  /** Chooses each webhook/sendMail request's fate; default always "ok". */
  fault: (req: PeerRequest, n: number) => Fault;
  /** Chooses the token endpoint's answer: a token, or an OAuth error. */
  token: (req: PeerRequest, n: number) => "ok" | "interaction_required" | "invalid_grant" | "500";
  /** Tokens issued, so sendMail can check the Bearer token. */
  issued: Set<string>;
  stop(): Promise<void>;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "content-type, authorization, idempotency-key, x-campaignguard-report-id",
  "Access-Control-Max-Age": "600",
};

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { ...CORS, "Content-Type": "application/json", ...headers });
  res.end(text);
}

export async function startPeers(): Promise<Peers> {
  let tokenCount = 0;
  let faultCount = 0;
  const peers = {
    requests: [],
    sendMail: [],
    webhook: [],
    tokenRequests: [],
    committed: new Map(),
    accepted: [],
    faultCounts: { ok: 0, "500": 0, "503": 0, "429": 0, timeout: 0, "drop-before": 0, "drop-after": 0 },
    fault: () => "ok",
    token: () => "ok",
    issued: new Set<string>(),
  } as unknown as Peers;

  const handle = (req: IncomingMessage, body: string, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const record: PeerRequest = { method: req.method ?? "", path, headers: req.headers, body };
    peers.requests.push(record);
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    if (path === "/oauth2/v2.0/token" && req.method === "POST") {
      peers.tokenRequests.push(record);
      const answer = peers.token(record, ++tokenCount);
      if (answer === "ok") {
        const token = `peer-token-${tokenCount}`;
        peers.issued.add(token);
        send(res, 200, { token_type: "Bearer", access_token: token, expires_in: 3600, scope: "Mail.Send" });
      } else if (answer === "500") send(res, 500, { error: "temporarily_unavailable" });
      else send(res, 400, { error: answer, error_description: `The peer answered ${answer}.` });
      return;
    }
    const isGraph = path === "/v1.0/me/sendMail" && req.method === "POST";
    const isHook = path === "/hook" && req.method === "POST";
    if (!isGraph && !isHook) {
      send(res, 404, { error: "not found" });
      return;
    }
    (isGraph ? peers.sendMail : peers.webhook).push(record);
    const fault = peers.fault(record, ++faultCount);
    peers.faultCounts[fault] += 1;
    if (fault === "timeout") return; // the client gives up; the socket is closed at stop()
    if (fault === "drop-before") {
      req.socket.destroy();
      return;
    }
    if (fault === "500") return send(res, 500, { error: "boom" });
    if (fault === "503" || fault === "429")
      return send(res, Number(fault), { error: "busy" }, { "Retry-After": "0" });
    if (isGraph) {
      const auth = String(req.headers.authorization ?? "");
      if (!auth.startsWith("Bearer ") || !peers.issued.has(auth.slice(7)))
        return send(res, 401, { error: { code: "InvalidAuthenticationToken" } });
      peers.accepted.push(record);
      if (fault === "drop-after") return void req.socket.destroy();
      res.writeHead(202, CORS);
      res.end();
      return;
    }
    const key = String(req.headers["idempotency-key"] ?? "");
    if (!key) return send(res, 400, { error: "Idempotency-Key required" });
    const known = peers.committed.get(key);
    if (known) known.arrivals += 1;
    else peers.committed.set(key, { body, arrivals: 1 });
    if (fault === "drop-after") return void req.socket.destroy();
    send(res, known ? 200 : 201, { received: key, duplicate: Boolean(known) });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handle(req, Buffer.concat(chunks).toString("utf8"), res));
    req.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(peers, {
    origin,
    graphUrl: `${origin}/v1.0`,
    tokenUrl: `${origin}/oauth2/v2.0/token`,
    webhookUrl: `${origin}/hook`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
