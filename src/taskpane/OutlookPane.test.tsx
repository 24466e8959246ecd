/** @jest-environment jsdom */
import "./testPolyfills";
import { act } from "react";
import { DEFAULT_CONFIG } from "../config/defaults";
import * as engineContext from "../config/engineContext";
import { serializeFeed } from "../feed/build/buildFeed";
import * as bundledFeedModule from "../feed/bundledFeed";
import { emptySnapshot, spoofEntries, spoofListOf, type MessageSnapshot } from "../engine";
import { OutlookPane, type OutlookHost, type Selection } from "./OutlookPane";
import type { Language } from "../engine";
import { STRINGS } from "./i18n";
import { buttonNamed, cleanup, click, inPane, render, settle, textOf } from "./testUtils";

const VERDICT_TEXT = STRINGS.en.verdict;

function snapshotFrom(address: string): MessageSnapshot {
  return { ...emptySnapshot("outlook"), rawHeaders: `From: ${address}\r\n`, from: { name: "", address } };
}

const spoofItem = { id: "spoof" } as unknown as Office.MessageRead;
const normalItem = { id: "normal" } as unknown as Office.MessageRead;

/** A fake Outlook whose reads finish when the test says so. */
function fakeHost(initial: Selection, options: { mobile?: boolean } = {}) {
  const pending = new Map<
    Office.MessageRead,
    { resolve(s: MessageSnapshot): void; reject(e: unknown): void }
  >();
  let onChange: (selection: Selection) => void = () => undefined;
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
    mobile: options.mobile,
  };
  return {
    host,
    unsubscribe,
    select: (selection: Selection) => act(async () => onChange(selection)),
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

async function showPane(host: OutlookHost, language: Language = "en", config = DEFAULT_CONFIG) {
  return render(inPane(<OutlookPane host={host} config={config} />, language));
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

  it("checks the first message against the device's last good feed, never the bundled list first", async () => {
    const bundled = bundledFeedModule.bundledFeed();
    const listedSince = {
      domain: "quarterly-donor-portal.com",
      imitates: ["senate.gov"],
      technique: "brand-token",
      source: "https://example.org/advisories/1",
      reported: "2026-12-01",
    };
    const newer = {
      ...bundled,
      version: bundled.version + 1,
      spoofs: spoofListOf([...spoofEntries(bundled.spoofs), listedSince]),
    };
    const stored = {
      text: serializeFeed(newer),
      signature: "verified before it was stored",
      version: newer.version,
      issued: newer.issued,
      fetchedAt: new Date().toISOString(),
    };
    // The device's store answers only when the test says so: after the message has been read.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const storage = {
      getItem: async () => {
        await answered;
        return JSON.stringify(stored);
      },
      setItem: async () => undefined,
    };
    const scope = globalThis as { OfficeRuntime?: unknown };
    scope.OfficeRuntime = { storage };
    try {
      const fake = fakeHost(spoofItem);
      const headlines = Object.values(VERDICT_TEXT).map((v) => (typeof v === "object" ? v.headline : ""));
      const seen: string[] = [];
      // A configured feed (its server unreachable here): the stored download is in use.
      const feed = { url: "https://lists.example.org/feed.json", publicKeys: ["a key"], refreshHours: 6 };
      const { container } = await showPane(fake.host, "en", { ...DEFAULT_CONFIG, feed });
      const observer = new MutationObserver(() => {
        const shown = headlines.find((h) => h !== "" && textOf(container).includes(h));
        if (shown && seen.at(-1) !== shown) seen.push(shown);
      });
      observer.observe(container, { childList: true, subtree: true, characterData: true });
      // Outlook answers first if the pane asked already, then the device's store; then Outlook again.
      const message = snapshotFrom(`it@${listedSince.domain}`);
      await fake.finish(spoofItem, message);
      await act(async () => answer());
      await settle();
      await fake.finish(spoofItem, message);
      observer.disconnect();
      expect(fake.host.read).toHaveBeenCalledWith(spoofItem);
      expect(seen).toEqual([VERDICT_TEXT.dangerous.headline]);
    } finally {
      delete scope.OfficeRuntime;
    }
  });

  it("downloads the domain list only once the first verdict is shown", async () => {
    const requested: string[] = [];
    const scope = globalThis as { OfficeRuntime?: unknown; fetch?: unknown };
    const savedFetch = scope.fetch;
    scope.OfficeRuntime = { storage: { getItem: async () => null, setItem: async () => undefined } };
    scope.fetch = (url: string) => {
      requested.push(url);
      return new Promise<Response>(() => undefined);
    };
    try {
      const fake = fakeHost(spoofItem);
      const feed = { url: "https://lists.example.org/feed.json", publicKeys: ["a key"], refreshHours: 6 };
      const { container } = await showPane(fake.host, "en", { ...DEFAULT_CONFIG, feed });
      await settle();
      expect(textOf(container)).toContain("Checking this message…");
      expect(requested).toEqual([]);
      await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
      await settle();
      expect(textOf(container)).toContain(VERDICT_TEXT.dangerous.headline);
      expect(requested).toEqual([feed.url]);
    } finally {
      delete scope.OfficeRuntime;
      scope.fetch = savedFetch;
    }
  });

  it("builds the domain index once for the configuration, not once per message", async () => {
    const build = jest.spyOn(engineContext, "contextFor");
    const fake = fakeHost(spoofItem);
    // A configuration of its own: the page keeps one index per configuration, built by earlier tests too.
    const { container } = await showPane(fake.host, "en", { ...DEFAULT_CONFIG });
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    await fake.select(normalItem);
    await fake.finish(normalItem, snapshotFrom("jane@example.org"));
    expect(textOf(container)).toContain(VERDICT_TEXT.ok.headline);
    expect(fake.host.read).toHaveBeenCalledTimes(2);
    expect(build).toHaveBeenCalledTimes(1);
    build.mockRestore();
  });

  it("keeps the last result in place, faded and hidden from screen readers, while the next loads", async () => {
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    await fake.select(normalItem);
    expect(textOf(container)).toContain("Checking the message you opened…");
    const stale = container.querySelector('[aria-hidden="true"] [data-testid="verdict"]');
    expect(stale?.getAttribute("data-verdict")).toBe("dangerous");
    expect(container.querySelector('[data-testid="loading"]')).toBeNull();
    await fake.finish(normalItem, snapshotFrom("jane@example.org"));
    expect(container.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict")).toBe("ok");
    expect(container.querySelector('[aria-hidden="true"] [data-testid="verdict"]')).toBeNull();
  });

  it("says it checks email when a meeting or a task is opened", async () => {
    const fake = fakeHost("not-mail");
    const { container } = await showPane(fake.host);
    expect(textOf(container)).toContain(STRINGS.en.states.notMail);
    expect(fake.host.read).not.toHaveBeenCalled();
    await fake.select(normalItem);
    await fake.finish(normalItem, snapshotFrom("jane@example.org"));
    await fake.select("not-mail");
    expect(textOf(container)).toContain(STRINGS.en.states.notMail);
    expect(container.querySelector('[data-testid="verdict"]')).toBeNull();
  });

  it("says what Outlook on a phone cannot give it", async () => {
    const phone = await showPane(fakeHost(null, { mobile: true }).host);
    expect(textOf(phone.container)).toContain(STRINGS.en.states.mobile);
    cleanup();
    const desktop = await showPane(fakeHost(null).host);
    expect(desktop.container.querySelector('[data-testid="mobile-note"]')).toBeNull();
  });

  it("opens every tip and the reason it is there, and goes back to the message", async () => {
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    await click(buttonNamed(container, STRINGS.en.learn.open));
    expect(textOf(container)).toContain(STRINGS.en.learn.whyHeading);
    expect(textOf(container)).toContain(STRINGS.en.learn.why);
    expect(container.querySelectorAll('[data-testid="learn"] li').length).toBeGreaterThan(10);
    expect(container.querySelector('[data-testid="verdict"]')).toBeNull();
    await click(buttonNamed(container, STRINGS.en.learn.close));
    expect(container.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict")).toBe(
      "dangerous",
    );
  });

  it("speaks Spanish, findings included, when the reader does", async () => {
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host, "es");
    expect(textOf(container)).toContain(STRINGS.es.states.checking);
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    expect(textOf(container)).toContain(STRINGS.es.verdict.dangerous.headline);
    expect(textOf(container)).not.toContain("known spoof");
  });

  it("stops watching Outlook when it goes away", async () => {
    const fake = fakeHost(null);
    await showPane(fake.host);
    cleanup();
    expect(fake.unsubscribe).toHaveBeenCalledTimes(1);
  });
});

describe("the feed's notice", () => {
  const notice = {
    text: {
      en: "Election week: expect fake Senate sign-in pages.",
      es: "Semana electoral: espere páginas falsas del Senado.",
    },
    from: "2020-01-01T00:00:00Z",
    until: "2100-01-01T00:00:00Z",
    severity: "alert" as const,
  };

  function withNotice(n: typeof notice) {
    const real = bundledFeedModule.bundledFeed();
    jest.spyOn(bundledFeedModule, "bundledFeed").mockReturnValue({ ...real, notice: n });
  }
  afterEach(() => jest.restoreAllMocks());

  it("shows above the verdict while in force, in the reader's language, dismissed per message", async () => {
    withNotice(notice);
    const fake = fakeHost(spoofItem);
    const { container } = await showPane(fake.host);
    await fake.finish(spoofItem, snapshotFrom("it@adfs-senate.services"));
    const text = textOf(container);
    expect(text).toContain(notice.text.en);
    expect(text.indexOf(notice.text.en)).toBeLessThan(text.indexOf(VERDICT_TEXT.dangerous.headline));
    await click(buttonNamed(container, "Dismiss alert"));
    expect(textOf(container)).not.toContain(notice.text.en);
    await fake.select(normalItem);
    expect(textOf(container)).toContain(notice.text.en);
  });

  it("speaks Spanish to a Spanish reader and stays hidden outside its window", async () => {
    withNotice(notice);
    const es = await showPane(fakeHost(spoofItem).host, "es");
    expect(textOf(es.container)).toContain(notice.text.es);
    cleanup();
    withNotice({ ...notice, until: "2021-01-01T00:00:00Z" });
    const expired = await showPane(fakeHost(spoofItem).host);
    expect(textOf(expired.container)).not.toContain(notice.text.en);
  });
});
