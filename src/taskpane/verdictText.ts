import type { Verdict } from "../engine";

/** What each verdict says to the person reading the message. Tests assert on these exact headlines. */
export const VERDICT_TEXT: Record<Verdict, { headline: string; advice: string }> = {
  ok: {
    headline: "No warning signs found",
    advice:
      "CampaignGuard found nothing wrong. Stay alert: if the message asks for a password, money or a file, check with the sender another way.",
  },
  caution: {
    headline: "Be careful with this message",
    advice: "Something here is unusual. Read the notes below before you click or reply.",
  },
  suspicious: {
    headline: "This message looks suspicious",
    advice:
      "Do not click links, open attachments or reply until you have checked with the sender another way.",
  },
  dangerous: {
    headline: "Dangerous: likely phishing",
    advice: "Do not click links, open attachments or reply. Report this message to your security contact.",
  },
};
