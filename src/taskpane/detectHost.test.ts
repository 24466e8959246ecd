import { detectHost, OFFICE_READY_TIMEOUT_MS, type HostMode, type OfficeLike } from "./detectHost";

const OUTLOOK = "Outlook" as unknown as Office.HostType;

function fakeOffice(ready: Promise<{ host: Office.HostType | null }>, mailbox: unknown = {}): OfficeLike {
  return { onReady: () => ready, HostType: { Outlook: OUTLOOK }, context: { mailbox } };
}

async function modes(office: OfficeLike | undefined, advanceMs = 0): Promise<HostMode[]> {
  const seen: HostMode[] = [];
  detectHost(office, (mode) => seen.push(mode));
  await jest.advanceTimersByTimeAsync(advanceMs);
  return seen;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("detectHost", () => {
  it("is outside at once when office.js did not load", async () => {
    expect(await modes(undefined)).toEqual(["outside"]);
  });

  it("is outlook when Office reports Outlook with a mailbox", async () => {
    expect(await modes(fakeOffice(Promise.resolve({ host: OUTLOOK })))).toEqual(["outlook"]);
  });

  it("is outside when Office reports no host, another host, or no mailbox", async () => {
    expect(await modes(fakeOffice(Promise.resolve({ host: null })))).toEqual(["outside"]);
    expect(await modes(fakeOffice(Promise.resolve({ host: "Word" as unknown as Office.HostType })))).toEqual([
      "outside",
    ]);
    expect(await modes(fakeOffice(Promise.resolve({ host: OUTLOOK }), null))).toEqual(["outside"]);
    expect(await modes(fakeOffice(Promise.reject(new Error("boom"))))).toEqual(["outside"]);
  });

  it("goes standalone when Office.onReady does not answer in time, and to outlook if it answers late", async () => {
    let ready: (info: { host: Office.HostType | null }) => void = () => undefined;
    const seen: HostMode[] = [];
    detectHost(fakeOffice(new Promise((resolve) => (ready = resolve))), (mode) => seen.push(mode));
    await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1);
    expect(seen).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(["outside"]);
    ready({ host: OUTLOOK });
    await jest.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["outside", "outlook"]);
  });
});
