import { watchItemChanges } from "./itemChanged";
import {
  fails,
  fakeItem,
  fakeMailbox,
  installFakeOffice,
  type FakeItem,
  type FakeOfficeHost,
} from "./testing/fakeOffice";

let host: FakeOfficeHost;
beforeEach(() => {
  host = installFakeOffice();
});
afterEach(() => host.uninstall());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("watchItemChanges", () => {
  it("registers for ItemChanged and passes the newly selected message", async () => {
    const mailbox = fakeMailbox();
    const seen: (FakeItem | null | "not-mail")[] = [];
    watchItemChanges(mailbox, (item) => seen.push(item));
    await settle();
    expect([...mailbox.handlers.keys()]).toEqual(["olkItemSelectedChanged"]);
    const next = fakeItem({ properties: { subject: "Next message" } });
    mailbox.select(next);
    expect(seen).toEqual([next]);
  });

  it("passes null for no selection or several messages, and not-mail for an appointment", async () => {
    const mailbox = fakeMailbox();
    const seen: (FakeItem | null | "not-mail")[] = [];
    watchItemChanges(mailbox, (item) => seen.push(item));
    await settle();
    mailbox.select(null);
    mailbox.select(fakeItem({ itemType: "appointment" }));
    expect(seen).toEqual([null, "not-mail"]);
  });

  it("unsubscribes: removes the handler and ignores later events", async () => {
    const mailbox = fakeMailbox();
    const seen: unknown[] = [];
    const unsubscribe = watchItemChanges(mailbox, (item) => seen.push(item));
    await settle();
    const handler = mailbox.handlers.get("olkItemSelectedChanged")![0];
    unsubscribe();
    unsubscribe(); // idempotent
    await settle();
    expect(mailbox.handlers.size).toBe(0);
    handler({ type: "olkItemSelectedChanged" }); // an event already in flight
    expect(seen).toEqual([]);
  });

  it("removes the handler once registered when unsubscribed before Outlook confirmed", async () => {
    const mailbox = fakeMailbox();
    const unsubscribe = watchItemChanges(mailbox, () => undefined);
    unsubscribe();
    await settle();
    expect(mailbox.handlers.size).toBe(0);
  });

  it("reports a refused registration and a client without addHandlerAsync", async () => {
    const errors: string[] = [];
    watchItemChanges(fakeMailbox(fakeItem(), { addHandler: fails("Not supported") }), () => undefined, {
      onError: (e) => errors.push(e.message),
    });
    await settle();
    watchItemChanges({ item: null }, () => undefined, { onError: (e) => errors.push(e.message) });
    expect(errors).toEqual([
      "Outlook refused the ItemChanged handler: Not supported",
      "This version of Outlook cannot tell the add-in when another message is selected.",
    ]);
  });

  it("accepts Office.context.mailbox itself", () => {
    // Type-level check: the real Mailbox satisfies WatchableMailbox.
    const typed = (mailbox: Office.Mailbox) =>
      watchItemChanges(mailbox, (item: Office.MessageRead | null | "not-mail") => item);
    expect(typeof typed).toBe("function");
  });
});
