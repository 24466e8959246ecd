/** @jest-environment jsdom */
import "./testPolyfills";
import { act } from "react";
import { DEFAULT_CONFIG } from "../config/defaults";
import { StandalonePane } from "./StandalonePane";
import type { Language } from "../engine";
import { STRINGS } from "./i18n";
import { buttonNamed, cleanup, click, inPane, render, textOf, waitFor } from "./testUtils";

const VERDICT_TEXT = STRINGS.en.verdict;

function eml(from: string, subject: string): string {
  return [
    `From: ${from}`,
    "To: Campaign Staff <staff@example-campaign.org>",
    `Subject: ${subject}`,
    "Date: Tue, 21 Aug 2018 09:14:00 +0000",
    "Message-ID: <1234@example.net>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Please review the attached document.",
    "",
  ].join("\r\n");
}

const SPOOF = eml('"Senate IT" <it-support@adfs-senate.services>', "Password expires today");
const NORMAL = eml('"Jane Doe" <jane@example.org>', "Lunch on Friday?");

async function showPane(language: Language = "en") {
  const { container } = await render(inPane(<StandalonePane config={DEFAULT_CONFIG} />, language));
  return container;
}

async function paste(container: HTMLElement, text: string) {
  const box = container.querySelector("textarea");
  if (!box) throw new Error("no headers box");
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setValue?.call(box, text);
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await click(buttonNamed(container, STRINGS.en.standalone.pasteCheck));
}

async function choose(container: HTMLElement, file: File) {
  const input = container.querySelector<HTMLInputElement>('[data-testid="eml-input"]');
  if (!input) throw new Error("no file input");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

async function drop(container: HTMLElement, file: File) {
  const zone = container.querySelector('[data-testid="drop-zone"]');
  if (!zone) throw new Error("no drop zone");
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { files: [file], types: ["Files"] } });
  await act(async () => {
    zone.dispatchEvent(event);
  });
  return event;
}

const hasText = (container: Element, text: string) => () => textOf(container).includes(text);

afterEach(cleanup);

describe("StandalonePane", () => {
  it("explains itself and offers a real .eml file input", async () => {
    const container = await showPane();
    expect(container.querySelector("h1")?.textContent).toBe("CampaignGuard message check");
    expect(textOf(container)).toContain("nothing leaves your computer");
    expect(textOf(container)).toContain("How to save a message as .eml");
    const input = container.querySelector<HTMLInputElement>('[data-testid="eml-input"]');
    expect(input?.type).toBe("file");
    expect(input?.accept).toBe(".eml,message/rfc822");
    expect(buttonNamed(container, "Choose an .eml file")).toBeTruthy();
  });

  it("flags a message from adfs-senate.services as dangerous and shows From, Subject and file name", async () => {
    const container = await showPane();
    await choose(container, new File([SPOOF], "password.eml", { type: "message/rfc822" }));
    await waitFor(hasText(container, VERDICT_TEXT.dangerous.headline), "the dangerous verdict");
    const text = textOf(container);
    expect(text).toContain("Sender uses a known spoof domain: adfs-senate.services");
    expect(text).toContain("password.eml");
    expect(text).toContain("Senate IT <it-support@adfs-senate.services>");
    expect(text).toContain("Password expires today");
    // The file input stays, so the next message is one click away, and replaces the result.
    expect(container.querySelector('[data-testid="drop-zone"]')).not.toBeNull();
    await choose(container, new File([NORMAL], "lunch.eml"));
    await waitFor(hasText(container, VERDICT_TEXT.ok.headline), "the next file's verdict");
    expect(textOf(container)).not.toContain(VERDICT_TEXT.dangerous.headline);
  });

  it("checks pasted headers, and says links and attachments went unchecked", async () => {
    const container = await showPane();
    const headers = SPOOF.split("\r\n\r\n")[0].replace(/\r\n/g, "\n");
    await paste(container, `${headers}\n\nbody text that is not headers`);
    await waitFor(hasText(container, VERDICT_TEXT.dangerous.headline), "the dangerous verdict");
    expect(textOf(container)).toContain(STRINGS.en.standalone.pastedName);
    expect(textOf(container)).toContain("Only the message's headers were given");
  });

  it("asks for headers when the box is empty", async () => {
    const container = await showPane();
    await paste(container, "   ");
    expect(textOf(container)).toContain(STRINGS.en.standalone.pasteEmpty);
    expect(container.querySelector('[data-testid="verdict"]')).toBeNull();
  });

  it("explains a refused file in Spanish to a Spanish reader", async () => {
    const container = await showPane("es");
    expect(container.querySelector("h1")?.textContent).toBe(STRINGS.es.standalone.heading);
    await choose(container, new File([], "vacio.eml"));
    await waitFor(hasText(container, "no pudo comprobar"), "the error");
    expect(textOf(container)).toContain(
      STRINGS.es.standalone.couldNotCheck(STRINGS.es.standalone.fileErrors.empty),
    );
  });

  it("finds no warning signs in a message from a normal sender, dropped on the zone", async () => {
    const container = await showPane();
    const event = await drop(container, new File([NORMAL], "lunch.eml"));
    expect(event.defaultPrevented).toBe(true);
    await waitFor(hasText(container, VERDICT_TEXT.ok.headline), "the ok verdict");
    expect(textOf(container)).toContain("Jane Doe <jane@example.org>");
    expect(textOf(container)).toContain("Lunch on Friday?");
  });

  it("says an empty file is empty, and keeps the file picker for the next try", async () => {
    const container = await showPane();
    await choose(container, new File([], "empty.eml"));
    await waitFor(hasText(container, "CampaignGuard could not check this file"), "the error");
    expect(textOf(container)).toContain("CampaignGuard could not check this file: The file is empty.");
    expect(textOf(container)).toContain(STRINGS.en.standalone.chooseAnother);
    expect(container.querySelector('[data-testid="eml-input"]')).not.toBeNull();

    await choose(container, new File([NORMAL], "lunch.eml"));
    await waitFor(hasText(container, VERDICT_TEXT.ok.headline), "the ok verdict after the error");
    expect(textOf(container)).not.toContain("could not check this file");
  });

  it("refuses a binary file with a clear message", async () => {
    const container = await showPane();
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    await choose(container, new File([bytes], "photo.eml"));
    await waitFor(hasText(container, "could not check this file"), "the error");
    expect(textOf(container)).toContain(
      "CampaignGuard could not check this file: This is not an email message: the file contains binary data.",
    );
  });

  it("checks a message without a From header and says the sender could not be checked", async () => {
    const container = await showPane();
    const noFrom = NORMAL.replace(/^From: .*\r\n/, "");
    await choose(container, new File([noFrom], "no-from.eml"));
    await waitFor(hasText(container, "Some checks could not run"), "the incomplete note");
    expect(textOf(container)).toContain(
      "The message has no From address, so the sender could not be checked.",
    );
    expect(textOf(container)).not.toMatch(/\bsafe\b/i);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const container = await showPane();
    const huge = new File(["x"], "huge.eml");
    Object.defineProperty(huge, "size", { value: 41 * 1024 * 1024 });
    huge.arrayBuffer = () => Promise.reject(new Error("the file must not be read"));
    await choose(container, huge);
    await waitFor(hasText(container, "could not check this file"), "the error");
    expect(textOf(container)).toContain("The file is 41.0 MB; CampaignGuard checks messages up to 40 MB.");
  });

  it("tells the user a .msg file is the wrong format", async () => {
    const container = await showPane();
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await choose(container, new File([ole], "Password expires.msg"));
    await waitFor(hasText(container, "could not check this file"), "the error");
    expect(textOf(container)).toContain("This is an Outlook .msg file, which CampaignGuard cannot read.");
  });
});
