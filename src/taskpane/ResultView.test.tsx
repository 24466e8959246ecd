/** @jest-environment jsdom */
import "./testPolyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { tipFor, type Analysis, type Finding } from "../engine";
import { ResultView } from "./ResultView";
import { buttonNamed, cleanup, click, render, textOf } from "./testUtils";
import { VERDICT_TEXT } from "./verdictText";

const stats = { rulesRun: 1, rulesFailed: 0, durationMs: 1 };

const spoofFinding: Finding = {
  rule: "sender-known-spoof",
  message: "spoof",
  category: "sender",
  severity: "dangerous",
  weight: 100,
  title: "From address uses a known spoof domain",
  detail: "The From address it-support@adfs-senate.services uses adfs-senate.services, a domain on the list.",
  evidence: {
    headers: ["From"],
    listedDomain: "adfs-senate.services",
    imitates: ["senate.gov", "office.com"],
    source: "https://blogs.microsoft.com/on-the-issues/2018/08/20/we-are-taking-new-steps/",
    decoded: { unicode: "s\u202Eenate.gov", scripts: ["Latin", "Cyrillic"] },
    known: true,
    reported: null,
  },
  tip: "known-spoof-domain",
};

async function show(analysis: Analysis) {
  const { container } = await render(
    <FluentProvider theme={webLightTheme}>
      <ResultView analysis={analysis} language="en" coverage={{ spoofs: 42, protected: 130 }} />
    </FluentProvider>,
  );
  return container;
}

afterEach(cleanup);

describe("ResultView", () => {
  it("says no warning signs were found, never 'safe', and what was checked", async () => {
    const container = await show({
      score: 0,
      signals: [],
      verdict: "ok",
      findings: [],
      incomplete: [],
      stats,
    });
    const text = textOf(container);
    expect(text).toContain(VERDICT_TEXT.ok.headline);
    expect(text).toContain(VERDICT_TEXT.ok.advice);
    expect(text).not.toMatch(/\bsafe\b/i);
    expect(text).not.toContain("warning sign ");
    expect(text).not.toContain("Some checks could not run");
    expect(text).toContain(
      "Checked on this device with 1 check, against 42 known spoof domains and look-alikes of 130 trusted domains.",
    );
    expect(container.querySelector("h2")?.textContent).toBe(VERDICT_TEXT.ok.headline);
    expect(container.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict")).toBe("ok");
  });

  it("shows a dangerous finding with its severity, tip and expandable evidence as plain text", async () => {
    const container = await show({
      score: 0,
      signals: [],
      verdict: "dangerous",
      findings: [spoofFinding],
      incomplete: [],
      stats,
    });
    const text = textOf(container);
    const tip = tipFor("known-spoof-domain", "en");
    expect(text).toContain(VERDICT_TEXT.dangerous.headline);
    expect(text).toContain(VERDICT_TEXT.dangerous.advice);
    expect(text).toContain("1 warning sign");
    expect(container.querySelector("h3")?.textContent).toBe(spoofFinding.title);
    expect(text).toContain("Severity: Dangerous");
    expect(text).toContain(spoofFinding.detail);
    expect(text).toContain(`Tip: ${tip.title}`);
    expect(text).toContain(tip.body);

    // Evidence is collapsed until asked for.
    expect(text).not.toContain("Listed domain");
    await click(buttonNamed(container, "Evidence"));
    const evidence = textOf(container);
    expect(evidence).toContain("Listed domain");
    expect(evidence).toContain("adfs-senate.services");
    expect(evidence).toContain("senate.gov");
    expect(evidence).toContain("office.com");
    expect(evidence).toContain("Known");
    expect(evidence).toContain("yes");
    expect(evidence).toContain("none");
    // A bidi override in message-derived text is shown, not obeyed.
    expect(evidence).toContain("s[U+202E]enate.gov");
    expect(evidence).toContain("Cyrillic");
    // URLs are text, never links.
    expect(evidence).toContain(spoofFinding.evidence.source as string);
    expect(container.querySelector("a")).toBeNull();
  });

  it("lists the checks that could not run, and says the result is incomplete", async () => {
    const reason =
      "The message's internet headers were not available, so sender authentication could not be checked.";
    const container = await show({
      verdict: "ok",
      score: 0,
      signals: [],
      findings: [],
      incomplete: [{ rule: "headers", reason }],
      stats,
    });
    const text = textOf(container);
    expect(text).toContain(VERDICT_TEXT.ok.headline);
    expect(text).toContain("Some checks could not run, so this result is incomplete");
    expect(text).toContain("Some checks could not run:");
    expect(text).toContain(reason);
  });

  it("uses the verdict texts for caution and suspicious too", async () => {
    const caution: Finding = { ...spoofFinding, severity: "caution", title: "Odd thing" };
    const container = await show({
      score: 0,
      signals: [],
      verdict: "caution",
      findings: [caution, caution],
      incomplete: [],
      stats,
    });
    expect(textOf(container)).toContain(VERDICT_TEXT.caution.headline);
    expect(textOf(container)).toContain("2 warning signs");
    expect(textOf(container)).toContain("Severity: Caution");
    // Both findings link to the same tip: it is shown once.
    expect(textOf(container).split(tipFor("known-spoof-domain", "en").title)).toHaveLength(2);
    cleanup();
    const suspicious = await show({
      score: 0,
      signals: [],
      verdict: "suspicious",
      findings: [],
      incomplete: [],
      stats,
    });
    expect(textOf(suspicious)).toContain(VERDICT_TEXT.suspicious.headline);
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
    const container = await show({
      score: 0,
      signals: [],
      verdict: "ok",
      findings: [],
      incomplete: [],
      stats,
      headers,
    });
    expect(textOf(container)).not.toContain("DMARC: fail");
    await click(buttonNamed(container, "Message details"));
    const text = textOf(container);
    expect(text).toContain("DMARC: fail (header.from=senate.gov)");
    expect(text).toContain(
      "1 further result lower in the message was ignored: the sender could have written it.",
    );
    expect(text).toContain("Microsoft's filter marked it as spam.");
    expect(text).toContain("mail.evil.example → mx.protection.outlook.com (2 seconds)");
    expect(text).toContain("hop 1 is dated 2 days in the future");
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
    const container = await show({
      score: 0,
      signals: [],
      verdict: "ok",
      findings: [],
      incomplete: [],
      stats,
      links,
    });
    expect(textOf(container)).toContain("Links (1)");
    expect(textOf(container)).not.toContain("View document");
    await click(buttonNamed(container, "Links (1)"));
    const text = textOf(container);
    expect(text).toContain("“View document” → xn--ctblue-2nf.com (displays as \u0430ctblue.com)");
    expect(text).toContain("through Microsoft Defender Safe Links; international address");
    expect(container.querySelector("a")).toBeNull();
  });
});
