/** @jest-environment jsdom */
import "./testPolyfills";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { tipFor, type Finding } from "../engine";
import { FindingList } from "./FindingList";
import { STRINGS } from "./i18n";
import { renderInPane } from "./testUtils";

function finding(extra: Partial<Finding>): Finding {
  return {
    rule: "sender-known-spoof",
    message: "spoof",
    category: "sender",
    severity: "dangerous",
    weight: 100,
    title: "Sender uses a known spoof domain: adfs-senate.services",
    detail: "adfs-senate.services is a domain Microsoft took from a group that phished the US Senate.",
    evidence: { listedDomain: "adfs-senate.services", imitates: ["senate.gov"] },
    tip: "known-spoof-domain",
    ...extra,
  };
}

const authFailed = finding({
  rule: "sender-auth-failed",
  category: "authentication",
  severity: "suspicious",
  weight: 50,
  title: "Sender authentication failed for adfs-senate.services",
  detail: "The receiving server could not confirm that adfs-senate.services sent this.",
  evidence: {
    fromDomain: "adfs-senate.services",
    compauth: "fail (001) reason=001",
    dmarc: "none action=none",
  },
  tip: "authentication-failed",
});
const lure = finding({
  rule: "lure-language",
  category: "content",
  severity: "caution",
  weight: 10,
  title: "The message pushes an account or password problem",
  detail: "It says your password expires.",
  evidence: {},
  tip: "lure-language",
});

const groupNames = () =>
  screen.getAllByRole("region").map((region) => region.getAttribute("aria-label") ?? "");

describe("FindingList", () => {
  it("groups findings by what they are about, the most severe group first", () => {
    renderInPane(<FindingList findings={[lure, authFailed, finding({})]} />);
    expect(screen.getByRole("heading", { level: 2, name: "3 warning signs" })).toBeTruthy();
    expect(groupNames().filter((name) => name !== "")).toEqual([
      "Sender",
      "Authentication",
      "What the message says",
    ]);
    const sender = screen.getByRole("region", { name: "Sender" });
    // The heading announces the severity, then the title.
    expect(within(sender).getByRole("heading", { level: 4 }).textContent).toBe(
      `Severity: Dangerous ${finding({}).title}`,
    );
    expect(within(sender).getByText(/Dangerous/).textContent).toBe("Severity: Dangerous");
  });

  it("keeps evidence and the tip one click away, and shows them as text", async () => {
    const { container } = renderInPane(<FindingList findings={[finding({})]} />);
    const tip = tipFor("known-spoof-domain", "en");
    expect(screen.queryByText(tip.body)).toBeNull();
    expect(screen.queryByTestId("domain-compare")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Evidence" }));
    const compare = screen.getByTestId("domain-compare");
    expect(within(compare).getByText("This message")).toBeTruthy();
    expect(within(compare).getByText("The real one")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "How to spot this" }));
    expect(screen.getByText(tip.title)).toBeTruthy();
    expect(screen.getByText(tip.body)).toBeTruthy();
    expect(container.querySelector("a")).toBeNull();
  });

  it("shows authentication as a table of checks in words, the reason codes only below it", async () => {
    renderInPane(<FindingList findings={[authFailed]} />);
    await userEvent.click(screen.getByRole("button", { name: "Evidence" }));
    const table = screen.getByRole("table", { name: "Sender checks" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));
    expect(rows).toEqual([
      ["Check", "Result"],
      ["DMARC", "not done"],
      ["Microsoft", "failed"],
    ]);
    expect(within(table).queryByText(/001/)).toBeNull();
    expect(screen.getByText("fail (001) reason=001")).toBeTruthy();
  });

  it("is all in Spanish for a Spanish reader, tips included", async () => {
    renderInPane(<FindingList findings={[finding({})]} />, "es");
    expect(screen.getByRole("heading", { level: 2, name: "1 señal de alerta" })).toBeTruthy();
    expect(screen.getByRole("region", { name: STRINGS.es.findings.category.sender })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: STRINGS.es.findings.howToSpot }));
    expect(screen.getByText(tipFor("known-spoof-domain", "es").body)).toBeTruthy();
  });

  it("says how many more findings of the same rule were counted but not listed", () => {
    const { container, unmount } = renderInPane(<FindingList findings={[finding({ more: 9_995 })]} />);
    expect(container.textContent).toContain("and 9,995 more like this");
    unmount();
    const es = renderInPane(<FindingList findings={[finding({ more: 1 })]} />, "es");
    expect(es.container.textContent).toContain("y 1 más como este");
  });
});
