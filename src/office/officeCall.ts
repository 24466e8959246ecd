/**
 * Promises over Office.js callbacks. Every call gets a deadline: in rare cases Outlook never calls back,
 * and a handler that waits forever hits the host's own timeout (five minutes for the Report button).
 */

/** Default deadline for one Office.js call. */
export const OFFICE_CALL_TIMEOUT_MS = 15_000;

/** Office answered with `status: failed`, or the method threw before answering. */
export class OfficeCallError extends Error {
  /** Office's numeric error code when it gave one (e.g. 9020 for a generic API error). */
  readonly code?: number;
  constructor(
    readonly call: string,
    message: string,
    code?: number,
  ) {
    super(`${call} failed: ${message}`);
    this.name = "OfficeCallError";
    this.code = code;
  }
}

/** Office (or another wait, such as a fetch) did not answer within the deadline. */
export class TimeoutError extends Error {
  constructor(
    readonly call: string,
    readonly timeoutMs: number,
  ) {
    super(`${call} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    this.name = "TimeoutError";
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/** True when Office reports success. office.js uses the strings "succeeded" / "failed" at run time. */
export function succeeded(result: Pick<Office.AsyncResult<unknown>, "status">): boolean {
  const ok =
    typeof Office !== "undefined" && Office.AsyncResultStatus
      ? Office.AsyncResultStatus.Succeeded
      : undefined;
  return ok !== undefined ? result.status === ok : (result.status as unknown) === "succeeded";
}

/**
 * Runs one callback-style Office.js method and settles with its value.
 *
 *     const headers = await officeCall<string>("getAllInternetHeadersAsync", (cb) => item.getAllInternetHeadersAsync(cb));
 *
 * Rejects with OfficeCallError when Office reports a failure or the method throws, and with
 * TimeoutError when no answer comes within `timeoutMs`. A late answer after a timeout is ignored.
 */
export function officeCall<T>(
  call: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs: number = OFFICE_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      fn();
    };
    if (timeoutMs > 0 && Number.isFinite(timeoutMs) && typeof setTimeout === "function") {
      timer = setTimeout(() => settle(() => reject(new TimeoutError(call, timeoutMs))), timeoutMs);
    }
    try {
      start((result) =>
        settle(() => {
          if (result && succeeded(result)) resolve(result.value);
          else reject(new OfficeCallError(call, describe(result?.error ?? "no result"), result?.error?.code));
        }),
      );
    } catch (error) {
      settle(() => reject(new OfficeCallError(call, describe(error))));
    }
  });
}

/** Races any promise against a deadline (for fetch and other non-Office waits). */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(what, timeoutMs)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
