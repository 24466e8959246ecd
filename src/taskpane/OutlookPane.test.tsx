/** @jest-environment jsdom */
import "./testPolyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { DEFAULT_CONFIG } from "../config/defaults";
import * as engineContext from "../config/engineContext";
import { emptySnapshot, type MessageSnapshot } from "../engine";
import { OutlookPane, type OutlookHost } from "./OutlookPane";
import { buttonNamed, cleanup, click, render, settle, textOf } from "./testUtils";
import { VERDICT_TEXT } from "./verdictText";

function snapshotFrom(address: string): MessageSnapshot {
  return { ...emptySnapshot("outlook"), rawHeaders: `From: ${address}\r\n`, from: { name: "", address } };
}

const spoofItem = { id: "spoof" } as unknown as Office.MessageRead;
const normalItem = { id: "normal" } as unknown as Office.MessageRead;

/** A fake Outlook whose reads finish when the test says so. */
function fakeHost(initial: Office.MessageRead | null) {
  const pending = new Map<
    Office.MessageRead,
    { resolve(s: MessageSnapshot): void; reject(e: unknown): void }
  >();
  let onChange: (item: Office.MessageRead | null) => void = () => undefined;
  const unsubscribe = jest.fn();
  const host: OutlookHost = {
    currentItem: () => initial,
    read: jest.fn(
      (item: Office.MessageRead) =>
        new Promise<MessageSnapshot>((resolve, reject) => pending.set(item, { resolve, reject })),
    ),
    watch: (callback) => {
      onChange = callback;
      return unsubscribe;
    },
  };
  return {
    host,
    unsubscribe,
    select: (item: Office.MessageRead | null) => act(async () => onChange(item)),
    finish: async (item: Office.MessageRead, snapshot: MessageSnapshot) => {
      await act(async () => pending.get(item)?.resolve(snapshot));
      await settle();
    },
    fail: async (item: Office.MessageRead, error: unknown) => {
      await act(async () => pending.get(item)?.reject(error));
      await settle();
    },
  };
}

async function showPane(host: OutlookHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <OutlookPane host={host} config={DEFAULT_CONFIG} />
    </FluentProvider>,
  );
}

afterEach(cleanup);

describe("OutlookPane", () => {
  it("shows a spinner, then the result for the open message", async () => {
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    expect(textOf(container)).toContain("Checking this message…");
    expect(fake.host.read).toHaveBeenCalledWith(spoofItem);
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    expect(textOf(container)).toContain(VERDICT_TEXT.dangerous.headline);
    expect(textOf(container)).not.toContain("Checking this message…");
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain(
      VERDICT_TEXT.dangerous.headline,
    );
  });

  it("asks for a message when none is selected, and checks the next one selected", async () => {
    const fake = fakeHost(null);
    const { container } = await showPane(fake.host);
    expect(textOf(container)).toContain("Select a message to check it.");
    expect(fake.host.read).not.toHaveBeenCalled();
    await fake.select(normalItem);
    expect(textOf(container)).toContain("Checking this message…");
    await fake.finish(normalItem, snapshotFrom("jane@example.org"));
    expect(textOf(container)).toContain(VERDICT_TEXT.ok.headline);
    await fake.select(null);
    expect(textOf(container)).toContain("Select a message to check it.");
    expect(textOf(container)).not.toContain(VERDICT_TEXT.ok.headline);
  });

  it("never shows the result of a message the user has already left", async () => {
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    await fake.select(normalItem);
    await fake.finish(normalItem, snapshotFrom("jane@example.org"));
    expect(textOf(container)).toContain(VERDICT_TEXT.ok.headline);
    // The first, slower read finishes last: it must not replace the current message's result.
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    expect(textOf(container)).toContain(VERDICT_TEXT.ok.headline);
    expect(textOf(container)).not.toContain(VERDICT_TEXT.dangerous.headline);
  });

  it("explains a failed read and tries again on request", async () => {
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    await fake.fail(spoofItem, {
      name: "GenericResponseError",
      message: "The request timed out.",
      code: 9020,
    });
    expect(textOf(container)).toContain("CampaignGuard could not read this message: The request timed out.");
    await click(buttonNamed(container, "Try again"));
    expect(fake.host.read).toHaveBeenCalledTimes(2);
    expect(textOf(container)).toContain("Checking this message…");
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    expect(textOf(container)).toContain(VERDICT_TEXT.dangerous.headline);
  });

  it("builds the domain index once for the configuration, not once per message", async () => {
    const build = jest.spyOn(engineContext, "contextFor");
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    await fake.select(normalItem);
    await fake.finish(normalItem, snapshotFrom("jane@example.org"));
    expect(textOf(container)).toContain(VERDICT_TEXT.ok.headline);
    expect(fake.host.read).toHaveBeenCalledTimes(2);
    expect(build).toHaveBeenCalledTimes(1);
    build.mockRestore();
  });

  it("stops watching Outlook when it goes away", async () => {
    const fake = fakeHost(null);
    await showPane(fake.host);
    cleanup();
    expect(fake.unsubscribe).toHaveBeenCalledTimes(1);
  });
});
