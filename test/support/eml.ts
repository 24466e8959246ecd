/** Builds a small RFC 5322 message (CRLF) for tests; headers given in order, body as text/plain. */
export function buildEml(headers: Record<string, string>, body = "Hello.\r\n"): Uint8Array {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  lines.push("MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", body);
  return new TextEncoder().encode(lines.join("\r\n"));
}

export function spoofHeaders(domain = "adfs-senate.services"): Record<string, string> {
  return {
    "Return-Path": `<it-support@${domain}>`,
    Received: `from mail.${domain} (mail.${domain} [203.0.113.7]) by mx.example.org; Tue, 21 Aug 2018 09:12:01 +0000`,
    From: `"Senate IT Help Desk" <it-support@${domain}>`,
    To: "staffer@example.org",
    Subject: "Your password expires today",
    Date: "Tue, 21 Aug 2018 09:12:00 +0000",
    "Message-ID": `<abc123@${domain}>`,
  };
}
