/**
 * One attempt to deliver a report, by Graph sendMail or by webhook. An attempt never throws: it says
 * whether the report arrived, or why not and whether trying again later can help.
 */
import type { Language } from "../engine";
import type { Report } from "./buildReport";
import { graphSendMail, idempotencyKey, REPORT_ID_HEADER, webhookBody } from "./payload";
import { trimTrailing } from "../engine/words/trimRuns";

export type FailureKind =
  /** No connection, the connection broke, or no answer in time. */
  | "network"
  | "timeout"
  /** 5xx, 408, 429: the receiver is there but cannot take it now. */
  | "server"
  /** A token could not be had without the user (sign-in or consent needed). */
  | "sign-in"
  /** The receiver refused the report itself (4xx other than the above): trying again won't help. */
  | "rejected";

export type Attempt =
  | { ok: true; status: number }
  | {
      ok: false;
      kind: FailureKind;
      /** HTTP status when there was one. */
      status?: number;
      /** The receiver's Retry-After, in ms. */
      retryAfterMs?: number;
      /** For the log and the pane's details (English, technical). */
      detail: string;
    };

export interface FetchResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<FetchResponse>;

/** Whether a failure is worth retrying later without the user. */
export function retryable(attempt: Attempt): boolean {
  return (
    !attempt.ok && (attempt.kind === "network" || attempt.kind === "timeout" || attempt.kind === "server")
  );
}

function retryAfter(response: FetchResponse): number | undefined {
  const raw = response.headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 3600) * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, Math.min(date - Date.now(), 3_600_000)) : undefined;
}

class AttemptTimeout extends Error {}

/** POST with a deadline; aborts the request when the deadline passes (where AbortController exists). */
async function post(
  fetchImpl: FetchLike,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<FetchResponse | Attempt> {
  const controller = typeof AbortController === "function" ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller?.abort();
      reject(new AttemptTimeout());
    }, timeoutMs);
  });
  try {
    const response = await Promise.race([
      fetchImpl(url, { method: "POST", headers, body, signal: controller?.signal }),
      deadline,
    ]);
    // Read the body under the same deadline, so that a stalled answer counts as a timeout.
    const text = await Promise.race([response.text(), deadline]);
    return {
      ok: response.ok,
      status: response.status,
      headers: response.headers,
      text: () => Promise.resolve(text),
    };
  } catch (error) {
    if (error instanceof AttemptTimeout)
      return { ok: false, kind: "timeout", detail: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    return { ok: false, kind: "network", detail: error instanceof Error ? error.message : String(error) };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function classify(response: FetchResponse, body: string): Attempt {
  if (response.ok) return { ok: true, status: response.status };
  const status = response.status;
  const detail = `HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ""}`;
  if (status === 408 || status === 429 || status >= 500)
    return { ok: false, kind: "server", status, retryAfterMs: retryAfter(response), detail };
  return { ok: false, kind: "rejected", status, detail };
}

export interface WebhookTarget {
  url: string;
  timeoutMs: number;
}

/**
 * POSTs the report as JSON. Every attempt for the same message carries the same Idempotency-Key, so
 * a receiver that got an attempt whose answer was lost can recognise the retry. A 409 means the
 * receiver already has this report: delivered.
 */
export async function deliverWebhook(
  report: Report,
  target: WebhookTarget,
  fetchImpl: FetchLike,
): Promise<Attempt> {
  const key = idempotencyKey(report.key);
  const result = await post(
    fetchImpl,
    target.url,
    { "Content-Type": "application/json", "Idempotency-Key": key, [REPORT_ID_HEADER]: key },
    JSON.stringify(webhookBody(report)),
    target.timeoutMs,
  );
  if (!("headers" in result)) return result;
  const response = result;
  if (response.status === 409) return { ok: true, status: 409 };
  return classify(response, await response.text());
}

/** Gets a Graph token; throws TokenUnavailable when only the user can fix it. */
export interface GraphTokens {
  token(options: { forceRefresh: boolean }): Promise<string>;
}

/** No token without the user: sign-in, consent or an interactive step is needed. */
export class TokenUnavailable extends Error {
  constructor(
    message: string,
    /** The identity platform or the bridge could not be reached: worth retrying by itself. */
    readonly transient = false,
  ) {
    super(message);
    this.name = "TokenUnavailable";
  }
}

export interface GraphTarget {
  graphUrl: string;
  mailbox: string;
  timeoutMs: number;
  language: Language;
}

/** `POST /me/sendMail` as the user; a 401 is retried once with a fresh token. */
export async function deliverGraph(
  report: Report,
  target: GraphTarget,
  tokens: GraphTokens,
  fetchImpl: FetchLike,
): Promise<Attempt> {
  const body = JSON.stringify(graphSendMail(report, target.mailbox, target.language));
  const url = `${trimTrailing(target.graphUrl, (ch) => ch === "/")}/me/sendMail`;
  for (const forceRefresh of [false, true]) {
    let token: string;
    try {
      token = await tokens.token({ forceRefresh });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (error instanceof TokenUnavailable && error.transient) return { ok: false, kind: "network", detail };
      return { ok: false, kind: "sign-in", detail };
    }
    const result = await post(
      fetchImpl,
      url,
      { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body,
      target.timeoutMs,
    );
    if (!("headers" in result)) return result;
    const response = result;
    const text = await response.text();
    if (response.status === 401 && !forceRefresh) continue;
    if (response.status === 401)
      return { ok: false, kind: "sign-in", status: 401, detail: `HTTP 401: ${text.slice(0, 300)}` };
    return classify(response, text);
  }
  return { ok: false, kind: "sign-in", detail: "no token was accepted" };
}
