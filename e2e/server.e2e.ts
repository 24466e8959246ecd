/** The static server the browser tests use: content types, 404s, and no way out of dist/. */
import { request } from "node:http";
import { resolveInside, startServer, type StaticServer } from "./support/server";

let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** A raw GET, so paths such as `/../x` reach the server unnormalised. */
function get(rawPath: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

test("listens on 127.0.0.1 with an ephemeral port", () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(server.origin).not.toMatch(/:(0|80|3000)$/);
});

test("serves the build with the right content types", async () => {
  const html = await get("/taskpane.html");
  expect(html.status).toBe(200);
  expect(html.type).toBe("text/html; charset=utf-8");
  expect(html.body).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
  const js = await get("/taskpane.js?v=1");
  expect(js.status).toBe(200);
  expect(js.type).toBe("text/javascript; charset=utf-8");
});

test("answers 404 for missing files and folders without an index.html, and the root with index.html", async () => {
  expect((await get("/no-such-file.js")).status).toBe(404);
  expect((await get("/assets")).status).toBe(404);
  const root = await get("/");
  expect(root.status).toBe(200);
  expect(root.type).toBe("text/html; charset=utf-8");
  expect(root.body).toContain("<title>CampaignGuard message check</title>");
});

test("never serves files outside dist/", async () => {
  for (const p of [
    "/../package.json",
    "/%2e%2e/package.json",
    "/assets/..%2f..%2fpackage.json",
    "/..%5cpackage.json",
    "/%00",
  ]) {
    const res = await get(p);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('"name": "campaign-guard"');
  }
  expect(resolveInside("/srv/dist", "/a/../../etc/passwd")).toBeUndefined();
  expect(resolveInside("/srv/dist", "/%E0%A4%A")).toBeUndefined();
  expect(resolveInside("/srv/dist", "/assets/icon-16.png")).toBe("/srv/dist/assets/icon-16.png");
});
