import { DEFAULT_CONFIG } from "../config/defaults";
import { analyze, emptySnapshot, type MessageSnapshot } from "../engine";
import { sharedContext } from "./useAnalysis";

/**
 * A made-up message touching what a first check sets up once: the HTML tokenizer, the link finder's
 * scanner, the lure and brand indexes, the public-suffix lookups, the header parsers.
 */
const SAMPLE: MessageSnapshot = {
  ...emptySnapshot("outlook"),
  rawHeaders:
    "Authentication-Results: spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org; dmarc=pass\r\n" +
    "Received: from mail.example.org (mail.example.org [192.0.2.1]) by mx.example.net; Mon, 1 Jan 2024 00:00:00 +0000\r\n",
  from: { name: "Example Team", address: "team@example.org" },
  to: [{ name: "", address: "someone@example.net" }],
  subject: "Your account: please verify",
  bodyHtml:
    '<p>Sign in to <a href="https://www.example.org/login">www.example.org</a> to keep your account.</p>' +
    "<p>Or visit example.net/help &amp; reply.</p>",
};

/**
 * Runs the engine once on a made-up message while office.js connects to Outlook, so the reader's first
 * message does not pay the one-time set-up (60–90 ms in Chromium). The domain index it builds is the
 * one for the default configuration, which is what the pane uses when the admin set no config.json;
 * with one, the pane builds its own while it reads the message, as before.
 */
export function warmEngine(schedule: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
  schedule(() => {
    try {
      analyze(SAMPLE, sharedContext(DEFAULT_CONFIG)());
    } catch {
      // The first real check runs the same code and shows its error.
    }
  });
}
