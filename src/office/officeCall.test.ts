import { OfficeCallError, TimeoutError, officeCall, withTimeout } from "./officeCall";
import { NEVER, fails, fakeItem } from "./testing/fakeOffice";

describe("officeCall", () => {
  afterEach(() => jest.useRealTimers());

  it("resolves with the value Office gives", async () => {
    const item = fakeItem({ headers: "Date: x" });
    await expect(officeCall<string>("h", (cb) => item.getAllInternetHeadersAsync!(cb))).resolves.toBe(
      "Date: x",
    );
  });

  it("rejects with Office's message and code on status failed", async () => {
    const item = fakeItem({ headers: fails("Access denied", 9017) });
    const error = await officeCall<string>("getAllInternetHeadersAsync", (cb) =>
      item.getAllInternetHeadersAsync!(cb),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ code: 9017, message: "getAllInternetHeadersAsync failed: Access denied" });
  });

  it("rejects when the method throws before answering", async () => {
    await expect(
      officeCall("boom", () => {
        throw new Error("not supported");
      }),
    ).rejects.toThrow("boom failed: not supported");
  });

  it("times out after 15 s by default when Outlook never calls back, and ignores a late answer", async () => {
    jest.useFakeTimers();
    let late: ((r: Office.AsyncResult<string>) => void) | undefined;
    const promise = officeCall<string>("never", (cb) => {
      late = cb;
    });
    const outcome = promise.catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(14_999);
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    await Promise.resolve();
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe("never did not answer within 15 s");
    late!({ status: "succeeded", value: "too late" } as unknown as Office.AsyncResult<string>);
    await expect(promise).rejects.toBeInstanceOf(TimeoutError);
  });

  it("does not time out a NEVER answer when the timeout is disabled (0)", async () => {
    jest.useFakeTimers();
    const item = fakeItem({ headers: NEVER });
    let settled = false;
    void officeCall<string>("h", (cb) => item.getAllInternetHeadersAsync!(cb), 0).finally(
      () => (settled = true),
    );
    await jest.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false);
  });
});

describe("withTimeout", () => {
  it("passes a value through and rejects a slow promise", async () => {
    await expect(withTimeout(Promise.resolve(1), 50, "fast")).resolves.toBe(1);
    await expect(withTimeout(new Promise(() => undefined), 10, "config.json")).rejects.toThrow(
      "config.json did not answer within 0 s",
    );
  });
});
