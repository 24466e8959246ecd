import type { MessageSnapshot } from "../../src/engine/message";

/** A newsletter-like HTML message from an ordinary sender, with the given body and fields. */
export function linkMessage(
  html: string,
  extra: Partial<MessageSnapshot> = {},
): { message: Partial<MessageSnapshot> } {
  return {
    message: {
      from: { name: "Notifications", address: "news@mailer-hub.net" },
      subject: "Update",
      bodyHtml: `<html><body>${html}</body></html>`,
      ...extra,
    },
  };
}

/** The href Microsoft Defender Safe Links writes around a URL. */
export const safeLinks = (target: string) =>
  `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&amp;data=05%7C02%7Cdana%40harperforsenate.org%7C1c2d%7C72f9%7C0%7C0%7C638987%7CUnknown%7CTWFpbGZsb3d8%7C0%7C%7C%7C&amp;sdata=abc%3D&amp;reserved=0`;
