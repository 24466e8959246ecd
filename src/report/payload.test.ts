import {
  composeForm,
  COMPOSE_HTML_MAX,
  idempotencyKey,
  reportSubject,
  reportSummary,
  webhookBody,
} from "./payload";
import { sampleReport } from "./testReport";

describe("report payloads", () => {
  it("idempotency keys are stable per message and differ between messages", () => {
    expect(idempotencyKey("mid:a@b")).toBe(idempotencyKey("mid:a@b"));
    expect(idempotencyKey("mid:a@b")).not.toBe(idempotencyKey("mid:a@c"));
    expect(idempotencyKey("mid:a@b")).toMatch(/^cg1-[0-9a-f]{32}$/);
    const keys = new Set(Array.from({ length: 5000 }, (_, i) => idempotencyKey(`mid:${i}@x`)));
    expect(keys.size).toBe(5000);
  });

  it("subject carries Defender's Phishing: prefix on one line", () => {
    expect(reportSubject(sampleReport({ subject: "Pay\r\nnow" }))).toBe("Phishing: Pay now");
    expect(reportSubject(sampleReport({ subject: "" }))).toBe("Phishing: (no subject)");
  });

  it("summary in English and Spanish names the ticks and the comment", () => {
    const report = sampleReport({
      findings: [{ rule: "r", severity: "dangerous", title: "Known spoof domain" } as never],
    });
    expect(reportSummary(report, "en")).toContain("The reporter ticked: Asks me to sign in; Other");
    expect(reportSummary(report, "en")).toContain("  - [dangerous] Known spoof domain");
    expect(reportSummary(report, "es")).toContain("El denunciante marcó: Me pide iniciar sesión; Otro");
    expect(reportSummary(sampleReport({ eml: null, emlUnavailableReason: "too big" }), "en")).toContain(
      "could not be attached (too big)",
    );
  });

  it("webhook body carries the EML, the analysis, the options and the reporter", () => {
    const body = webhookBody(sampleReport());
    expect(body).toMatchObject({
      format: "campaignguard-webhook/1",
      eml: sampleReport().eml!.base64,
      emlUnavailableReason: null,
      options: { ticked: ["signIn", "other"], comment: "asked for my password" },
      reporter: { address: "alex@rivera-for-senate.example" },
    });
    expect(webhookBody(sampleReport({ eml: null, emlUnavailableReason: "old Outlook" }))).toMatchObject({
      eml: null,
      emlUnavailableReason: "old Outlook",
    });
  });

  it("compose form: the item attached, the HTML escaped and within 32 KB", () => {
    const form = composeForm(sampleReport({ subject: "<b>hi</b>" }), "sec@x.org", "item-1", "en");
    expect(form.toRecipients).toEqual(["sec@x.org"]);
    expect(form.attachments).toEqual([{ type: "item", itemId: "item-1", name: "reported-message" }]);
    expect(form.htmlBody).not.toContain("<b>hi</b>");
    expect(form.htmlBody).toContain("&#60;b&#62;hi&#60;/b&#62;");
    const big = composeForm(
      sampleReport({
        findings: Array.from(
          { length: 400 },
          (_, i) => ({ rule: `r${i}`, severity: "caution", title: "x".repeat(80) }) as never,
        ),
      }),
      null,
      null,
      "es",
    );
    expect(big.htmlBody.length).toBeLessThanOrEqual(COMPOSE_HTML_MAX);
    expect(big.toRecipients).toEqual([]);
    expect(big.attachments).toEqual([]);
  });
});
