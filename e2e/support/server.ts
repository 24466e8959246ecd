import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { REPO_ROOT } from "./repoRoot";

/** The webpack production build the browser tests run against (E2E_DIST_DIR overrides it). */
export const DIST_DIR = process.env.E2E_DIST_DIR
  ? path.resolve(process.env.E2E_DIST_DIR)
  : path.join(REPO_ROOT, "dist");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".eml": "message/rfc822",
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  /** Absolute URL of a file in `dist/` (`url("taskpane.html")`). */
  url(file: string): string;
  /** Every path that was requested, in order (for debugging a failing test). */
  requests: string[];
  stop(): Promise<void>;
}

/**
 * Maps a request path onto a file inside `root`, or returns undefined when the path is malformed or
 * escapes the root (`..`, encoded slashes, NUL bytes, absolute Windows-style paths).
 */
export function resolveInside(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const segments = decoded.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.some((s) => s === "..")) return undefined;
  const file = path.resolve(root, ...segments);
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return file;
}

async function servedFile(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (!info.isDirectory()) return undefined;
    const index = path.join(file, "index.html");
    return (await stat(index)).isFile() ? index : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(body);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    send(res, 405, "Method Not Allowed");
    return;
  }
  const pathname = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
  const file = resolveInside(root, pathname);
  if (!file) {
    send(res, 400, "Bad Request");
    return;
  }
  // Like any web host: a folder answers with its index.html (the root is the standalone check).
  const served = await servedFile(file);
  if (!served) {
    send(res, 404, "Not Found");
    return;
  }
  const body = await readFile(served);
  res.writeHead(200, {
    "Content-Type": contentTypeFor(served),
    "Content-Length": body.length,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Serves `root` (default `dist/`) on 127.0.0.1 with an ephemeral port. */
export async function startServer(root: string = DIST_DIR): Promise<StaticServer> {
  if (!existsSync(path.join(root, "taskpane.html"))) {
    throw new Error(
      `${path.join(root, "taskpane.html")} is missing: run npm run build first (the browser tests use the production build).`,
    );
  }
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    handle(root, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal Server Error: ${String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (file: string) => `${origin}/${file.replace(/^\/+/, "")}`,
    requests,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
