import {
  fails,
  fakeItem,
  fakeMailbox,
  installFakeOffice,
  type FakeOfficeHost,
} from "../office/testing/fakeOffice";
import { officeHost } from "./outlookHost";

let fake: FakeOfficeHost;
afterEach(() => fake.uninstall());

const office = () => (globalThis as unknown as { Office: typeof Office }).Office;
const headerReads = (item: { calls: string[] }) =>
  item.calls.filter((c) => c.startsWith("getAllInternetHeaders"));

describe("officeHost's read ahead", () => {
  it("hands the read begun before the pane rendered to the pane's first read of that item", async () => {
    const item = fakeItem();
    fake = installFakeOffice({ mailbox: fakeMailbox(item) });
    const host = officeHost(office());
    host.readAhead();
    expect(headerReads(item)).toHaveLength(1);
    const snapshot = await host.read(item as unknown as Office.MessageRead);
    expect(snapshot.subject).toBe(item.subject);
    expect(headerReads(item)).toHaveLength(1);
    // Taken once: a retry reads the message again.
    await host.read(item as unknown as Office.MessageRead);
    expect(headerReads(item)).toHaveLength(2);
  });

  it("reads another item afresh when the selection changed before the pane asked", async () => {
    const first = fakeItem();
    const second = fakeItem({ properties: { subject: "Lunch on Friday?" } });
    const mailbox = fakeMailbox(first);
    fake = installFakeOffice({ mailbox });
    const host = officeHost(office());
    host.readAhead();
    mailbox.select(second);
    const snapshot = await host.read(second as unknown as Office.MessageRead);
    expect(snapshot.subject).toBe("Lunch on Friday?");
    expect(headerReads(second)).toHaveLength(1);
  });

  it("gives the pane what a direct read gives when Outlook fails part of the read", async () => {
    const busy = fails("The mailbox is busy.");
    const item = fakeItem({ headers: busy, bodyHtml: busy });
    fake = installFakeOffice({ mailbox: fakeMailbox(item) });
    const host = officeHost(office());
    host.readAhead();
    const ahead = await host.read(item as unknown as Office.MessageRead);
    const direct = await officeHost(office()).read(item as unknown as Office.MessageRead);
    expect(ahead.rawHeaders).toBeUndefined();
    expect(ahead).toEqual(direct);
  });

  it("does nothing without a message open", () => {
    fake = installFakeOffice({ mailbox: fakeMailbox(null) });
    expect(() => officeHost(office()).readAhead()).not.toThrow();
  });
});
