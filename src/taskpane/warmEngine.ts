import { DEFAULT_CONFIG } from "../config/defaults";
import { analyze, emptySnapshot, prepareScriptTables, type Analysis, type MessageSnapshot } from "../engine";
import { sharedContext } from "./useAnalysis";

/**
 * A made-up phish touching what a first check sets up once (the HTML tokenizer, the link finder's
 * scanner, the lure and brand indexes, public-suffix lookups, header parsers), with findings of every
 * group, so its result also renders each kind of finding view once.
 */
const SAMPLE: MessageSnapshot = {
  ...emptySnapshot("outlook"),
  rawHeaders:
    "Authentication-Results: spf=fail smtp.mailfrom=rnicrosoft-secure.com; dkim=none; dmarc=fail header.from=rnicrosoft-secure.com\r\n" +
    "Received: from mail.rnicrosoft-secure.com ([192.0.2.1]) by mx.example.net; Mon, 1 Jan 2024 00:00:00 +0000\r\n" +
    "Reply-To: helpdesk@mail-collector.example.net\r\n",
  from: { name: "Microsoft 365", address: "no-reply@rnicrosoft-secure.com" },
  replyTo: [{ name: "", address: "helpdesk@mail-collector.example.net" }],
  to: [{ name: "", address: "someone@example.net" }],
  subject: "Your password expires today: verify your account",
  bodyHtml:
    '<p>Sign in to <a href="https://login.rnicrosoft-secure.com/verify">https://www.microsoft.com/account</a> ' +
    "within 24 hours or your mailbox will be suspended.</p><p>Or visit example.net/help &amp; reply.</p>",
  attachments: [{ name: "invoice.html", contentType: "text/html", size: 2048, inline: false }],
};

/**
 * Runs the engine once on a made-up message while office.js connects to Outlook, so the reader's first
 * message does not pay the one-time set-up (60–90 ms in Chromium, and 25–45 ms more for the script
 * tables of a first international host); `done` gets the result, for the pane to render out of sight
 * once (the styles of every view are then in place for the first real result). The domain index it
 * builds is the default configuration's, which the pane uses when the admin set no config.json; with
 * one, the pane builds its own while it reads the message, as before.
 */
export function warmEngine(
  done: (analysis: Analysis) => void = () => undefined,
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
): void {
  schedule(() => {
    let analysis: Analysis;
    try {
      analysis = analyze(SAMPLE, sharedContext(DEFAULT_CONFIG)());
      // The sample stays ASCII (an international host would load the IDNA tables for every message).
      prepareScriptTables();
    } catch {
      return; // The first real check runs the same code and shows its error.
    }
    done(analysis);
  });
}
