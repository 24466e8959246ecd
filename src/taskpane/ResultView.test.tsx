/** @jest-environment jsdom */
import "./testPolyfills";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Analysis, Finding } from "../engine";
import { STRINGS } from "./i18n";
import { ResultView } from "./ResultView";
import { renderInPane } from "./testUtils";

const en = STRINGS.en;
const stats = { rulesRun: 1, rulesFailed: 0, durationMs: 1 };

const spoofFinding: Finding = {
  rule: "sender-known-spoof",
  message: "spoof",
  category: "sender",
  severity: "dangerous",
  weight: 100,
  title: "Sender uses a known spoof domain: adfs-senate.services",
  detail: "The From address it-support@adfs-senate.services uses adfs-senate.services, a domain on the list.",
  evidence: { listedDomain: "adfs-senate.services", imitates: ["senate.gov"] },
  tip: "known-spoof-domain",
};

function analysis(extra: Partial<Analysis>): Analysis {
  return { score: 0, signals: [], verdict: "ok", findings: [], incomplete: [], stats, ...extra };
}

function show(result: Analysis, options: { action?: string; language?: "en" | "es" } = {}) {
  return renderInPane(
    <ResultView
      analysis={result}
      coverage={{ spoofs: 42, protected: 130 }}
      action={options.action ? <button>{options.action}</button> : undefined}
    />,
    options.language,
  );
}

describe("ResultView", () => {
  it("says no warning signs were found, never 'safe', in a neutral banner, and what was checked", () => {
    const { container } = show(analysis({}));
    const banner = screen.getByTestId("verdict");
    expect(banner.dataset.verdict).toBe("ok");
    expect(within(banner).getByRole("heading", { level: 2 }).textContent).toBe(en.verdict.ok.headline);
    expect(banner.textContent).toContain(en.verdict.ok.advice);
    expect(container.textContent).not.toMatch(/\bsafe\b/i);
    expect(screen.queryByText(/^\d+ warning signs?$/)).toBeNull();
    expect(
      screen.getByText(
        "Checked on this device with 1 check, against 42 known spoof domains and look-alikes of 130 trusted domains.",
      ),
    ).toBeTruthy();
  });

  it("never shows an incomplete analysis as plain ok: it names what could not run", () => {
    const reason = "The message's internet headers were not available.";
    show(analysis({ incomplete: [{ rule: "headers", reason }] }));
    const banner = screen.getByTestId("verdict");
    expect(within(banner).getByRole("heading").textContent).toBe(en.verdict.okIncomplete.headline);
    expect(screen.getByText(en.incomplete.heading)).toBeTruthy();
    expect(screen.getByText(reason)).toBeTruthy();
  });

  it("puts the main reason and the Report button in a dangerous banner", () => {
    show(
      analysis({
        verdict: "dangerous",
        score: 100,
        signals: [
          { rule: "sender-known-spoof", title: spoofFinding.title, weight: 100 },
        ] as Analysis["signals"],
        findings: [spoofFinding],
      }),
      { action: "Report" },
    );
    const banner = screen.getByTestId("verdict");
    expect(within(banner).getByRole("heading").textContent).toBe(en.verdict.dangerous.headline);
    expect(banner.textContent).toContain(en.verdict.mainReason(spoofFinding.title));
    expect(within(banner).getByRole("button", { name: "Report" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "1 warning sign" })).toBeTruthy();
  });

  it("keeps the Report button out of a caution banner", () => {
    show(analysis({ verdict: "caution", findings: [{ ...spoofFinding, severity: "caution" }] }), {
      action: "Report",
    });
    expect(within(screen.getByTestId("verdict")).queryByRole("button", { name: "Report" })).toBeNull();
  });

  it("speaks Spanish when the reader does", () => {
    show(analysis({ verdict: "suspicious", findings: [{ ...spoofFinding, severity: "suspicious" }] }), {
      language: "es",
    });
    const banner = screen.getByTestId("verdict");
    expect(within(banner).getByRole("heading").textContent).toBe(STRINGS.es.verdict.suspicious.headline);
    expect(screen.getByRole("heading", { name: "1 señal de alerta" })).toBeTruthy();
    expect(screen.getByText(/^Comprobado en este dispositivo/)).toBeTruthy();
  });

  it("folds the message details away and shows them as text when asked", async () => {
    const headers: Analysis["headers"] = {
      authentication: {
        source: "Authentication-Results",
        results: ["DMARC: fail (header.from=senate.gov)"],
        ignored: 1,
      },
      route: {
        hops: [
          {
            hop: 1,
            from: "mail.evil.example (203.0.113.7)",
            by: "mx.protection.outlook.com (10.0.0.1)",
            delay: "2 seconds",
          },
        ],
        totalDelay: "2 seconds",
        entered: "mx.protection.outlook.com (10.0.0.1)",
        notes: ["hop 1 is dated 2 days in the future"],
      },
      filter: ["Microsoft's filter marked it as spam."],
    };
    const { container } = show(analysis({ headers }));
    expect(screen.queryByText(/DMARC: fail/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: en.details.heading }));
    expect(screen.getByText("DMARC: fail (header.from=senate.gov)")).toBeTruthy();
    expect(container.textContent).toContain(en.details.ignored(1));
    expect(container.textContent).toContain("mail.evil.example → mx.protection.outlook.com (2 seconds)");
    expect(container.querySelector("a")).toBeNull();
  });

  it("lists links as plain text with their real destination, folded away until asked", async () => {
    const links: Analysis["links"] = {
      rows: [
        {
          source: "a",
          text: "View document",
          href: "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fxn--ctblue-2nf.com%2Flogin",
          destination: "https://xn--ctblue-2nf.com/login",
          scheme: "https:",
          host: "xn--ctblue-2nf.com",
          displayHost: "\u0430ctblue.com",
          registrable: "xn--ctblue-2nf.com",
          wrappers: ["Microsoft Defender Safe Links"],
          flags: ["wrapped", "punycode"],
        },
      ],
      truncated: false,
    };
    const { container } = show(analysis({ links }));
    expect(screen.queryByText(/View document/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Links (1)" }));
    expect(container.textContent).toContain(
      "“View document” → xn--ctblue-2nf.com (displays as \u0430ctblue.com)",
    );
    expect(container.textContent).toContain("through Microsoft Defender Safe Links; international address");
    expect(container.querySelector("a")).toBeNull();
  });
});
