/** Delivery attempts against a real HTTP server on 127.0.0.1, through Node's fetch. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  deliverGraph,
  deliverWebhook,
  retryable,
  TokenUnavailable,
  type FetchLike,
  type GraphTokens,
} from "./deliver";
import { idempotencyKey, type GraphSendMail, type WebhookBody } from "./payload";
import { sampleReport } from "./testReport";

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let origin: string;
let handler: Handler;
const seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  seen.length = 0;
});

const realFetch: FetchLike = (url, init) => fetch(url, init);
const reply =
  (status: number, body = "", headers: Record<string, string> = {}): Handler =>
  (_req, _b, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };

describe("webhook", () => {
  it("POSTs the report as JSON with an idempotency key; the EML round-trips to the same bytes", async () => {
    handler = reply(200, "{}");
    const report = sampleReport();
    const attempt = await deliverWebhook(report, { url: `${origin}/hook`, timeoutMs: 2000 }, realFetch);
    expect(attempt).toEqual({ ok: true, status: 200 });
    const [req] = seen;
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["idempotency-key"]).toBe(idempotencyKey(report.key));
    const body = JSON.parse(req.body) as WebhookBody;
    expect(Buffer.from(body.eml!, "base64")).toEqual(Buffer.from(report.eml!.base64, "base64"));
    expect(body.options).toEqual({
      ticked: ["signIn", "other"],
      values: [true, false, false, true],
      comment: "asked for my password",
    });
    expect(body.reporter).toEqual({ address: "alex@rivera-for-senate.example", mailboxOwner: null });
    expect((body.analysis as { format: string }).format).toBe("campaignguard-report/1");
  });

  it.each([
    [500, "server", true],
    [503, "server", true],
    [429, "server", true],
    [408, "server", true],
    [400, "rejected", false],
    [413, "rejected", false],
  ])("classifies HTTP %i as %s", async (status, kind, again) => {
    handler = reply(status, "nope", { "Retry-After": "7" });
    const attempt = await deliverWebhook(
      sampleReport(),
      { url: `${origin}/hook`, timeoutMs: 2000 },
      realFetch,
    );
    expect(attempt).toMatchObject({ ok: false, kind, status });
    expect(retryable(attempt)).toBe(again);
    if (again) expect(attempt).toMatchObject({ retryAfterMs: 7000 });
  });

  it("takes 409 (the receiver already has it) as delivered", async () => {
    handler = reply(409);
    expect(
      await deliverWebhook(sampleReport(), { url: `${origin}/hook`, timeoutMs: 2000 }, realFetch),
    ).toEqual({
      ok: true,
      status: 409,
    });
  });

  it("gives up after the timeout, and on a dropped connection", async () => {
    handler = () => undefined; // never answers
    const started = Date.now();
    const slow = await deliverWebhook(sampleReport(), { url: `${origin}/hook`, timeoutMs: 300 }, realFetch);
    expect(slow).toMatchObject({ ok: false, kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
    handler = (req) => req.socket.destroy();
    expect(
      await deliverWebhook(sampleReport(), { url: `${origin}/hook`, timeoutMs: 2000 }, realFetch),
    ).toMatchObject({
      ok: false,
      kind: "network",
    });
    expect(
      await deliverWebhook(sampleReport(), { url: "http://127.0.0.1:1/x", timeoutMs: 2000 }, realFetch),
    ).toMatchObject({
      ok: false,
      kind: "network",
    });
  });
});

describe("graph sendMail", () => {
  const target = { mailbox: "security@rivera-for-senate.example", timeoutMs: 2000, language: "en" as const };
  const tokens = (list: string[]): GraphTokens & { asked: boolean[] } => {
    const asked: boolean[] = [];
    return {
      asked,
      async token({ forceRefresh }) {
        asked.push(forceRefresh);
        const next = list.shift();
        if (next === undefined) throw new TokenUnavailable("consent_required");
        return next;
      },
    };
  };

  it("sends the EML as message/rfc822 and the analysis as JSON, as the user, not saved to Sent Items", async () => {
    handler = reply(202);
    const report = sampleReport();
    const attempt = await deliverGraph(
      report,
      { ...target, graphUrl: `${origin}/v1.0/` },
      tokens(["tok-1"]),
      realFetch,
    );
    expect(attempt).toEqual({ ok: true, status: 202 });
    const [req] = seen;
    expect(req.url).toBe("/v1.0/me/sendMail");
    expect(req.headers.authorization).toBe("Bearer tok-1");
    const body = JSON.parse(req.body) as GraphSendMail;
    expect(body.saveToSentItems).toBe(false);
    expect(body.message.subject).toBe("Phishing: Your senate.gov password expires");
    expect(body.message.toRecipients).toEqual([
      { emailAddress: { address: "security@rivera-for-senate.example" } },
    ]);
    expect(body.message.attachments.map((a) => [a.name, a.contentType])).toEqual([
      ["reported-message.eml", "message/rfc822"],
      ["campaignguard-analysis.json", "application/json"],
    ]);
    expect(body.message.attachments[0].contentBytes).toBe(report.eml!.base64);
    const json = JSON.parse(Buffer.from(body.message.attachments[1].contentBytes, "base64").toString("utf8"));
    expect(json).toMatchObject({
      format: "campaignguard-report/1",
      verdict: "dangerous",
      eml: { attached: true },
    });
    expect(body.message.internetMessageHeaders).toEqual([
      { name: "X-CampaignGuard-Report-Id", value: idempotencyKey(report.key) },
    ]);
    expect(body.message.body.content).toContain("Asks me to sign in; Other");
  });

  it("retries a 401 once with a fresh token, then asks for sign-in", async () => {
    handler = reply(401, "InvalidAuthenticationToken");
    const t = tokens(["old", "new"]);
    const attempt = await deliverGraph(sampleReport(), { ...target, graphUrl: origin }, t, realFetch);
    expect(attempt).toMatchObject({ ok: false, kind: "sign-in", status: 401 });
    expect(t.asked).toEqual([false, true]);
    expect(seen.map((s) => s.headers.authorization)).toEqual(["Bearer old", "Bearer new"]);
  });

  it("no token without the user is a sign-in failure; an unreachable identity platform is a network one", async () => {
    handler = reply(202);
    expect(
      await deliverGraph(sampleReport(), { ...target, graphUrl: origin }, tokens([]), realFetch),
    ).toMatchObject({
      ok: false,
      kind: "sign-in",
    });
    const offline: GraphTokens = {
      token: async () => {
        throw new TokenUnavailable("no_network_connectivity", true);
      },
    };
    expect(
      await deliverGraph(sampleReport(), { ...target, graphUrl: origin }, offline, realFetch),
    ).toMatchObject({
      ok: false,
      kind: "network",
    });
    expect(seen).toEqual([]);
  });

  it("a 403 (no consent) is refused, a 503 is retried later", async () => {
    handler = reply(403, "ErrorAccessDenied");
    expect(
      await deliverGraph(sampleReport(), { ...target, graphUrl: origin }, tokens(["t"]), realFetch),
    ).toMatchObject({
      ok: false,
      kind: "rejected",
      status: 403,
    });
    handler = reply(503);
    expect(
      await deliverGraph(sampleReport(), { ...target, graphUrl: origin }, tokens(["t"]), realFetch),
    ).toMatchObject({
      ok: false,
      kind: "server",
    });
  });
});
