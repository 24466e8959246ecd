/** @jest-environment jsdom */
import "./testPolyfills";
import { screen, within } from "@testing-library/react";
import type { Finding } from "../engine";
import { EvidenceView } from "./EvidenceView";
import { renderInPane } from "./testUtils";

function finding(evidence: Finding["evidence"]): Finding {
  return {
    rule: "sender-lookalike-domain",
    message: "lookalike",
    category: "sender",
    severity: "dangerous",
    weight: 100,
    title: "t",
    detail: "d",
    evidence,
    tip: "lookalike-homograph",
  };
}

const marked = (root: HTMLElement) => Array.from(root.querySelectorAll("mark")).map((m) => m.textContent);

describe("EvidenceView", () => {
  it("sets a homograph beside the real domain, decoded, with the differing letter marked", () => {
    renderInPane(
      <EvidenceView
        finding={finding({
          domain: "xn--ctblue-2nf.com",
          displayedAs: "\u0430ctblue.com",
          imitates: ["actblue.com"],
          scripts: ["Cyrillic", "Latin"],
        })}
      />,
    );
    const compare = screen.getByTestId("domain-compare");
    expect(marked(compare)).toEqual(["\u0430", "a"]);
    expect(compare.textContent).toContain("\u0430ctblue.com");
    expect(compare.textContent).toContain("actblue.com");
    // The punycode form and the scripts are still there, as evidence.
    expect(screen.getByText("xn--ctblue-2nf.com")).toBeTruthy();
    expect(screen.getByText("Cyrillic")).toBeTruthy();
  });

  it("marks the inserted part of a combosquat", () => {
    renderInPane(
      <EvidenceView finding={finding({ listedDomain: "senate-gov.group", imitates: ["senate.gov"] })} />,
    );
    const [shown, real] = within(screen.getByTestId("domain-compare")).getAllByRole("definition");
    expect(marked(shown)).toEqual(["-gov.group"]);
    expect(marked(real)).toEqual([".gov"]);
  });

  it("reveals characters that would reorder or hide text instead of obeying them", () => {
    renderInPane(<EvidenceView finding={finding({ displayName: "Senate\u202Emoc.evil" })} />);
    expect(screen.getByText("Senate[U+202E]moc.evil")).toBeTruthy();
  });

  it("shows a link's text and its real destination as plain text, never as a link", () => {
    const { container } = renderInPane(
      <EvidenceView
        finding={finding({
          links: [
            {
              text: "https://adfs.senate.gov/adfs/ls/",
              destination: "https://adfs-senate.services/adfs/ls/?wa=wsignin1.0",
              domain: "adfs-senate.services",
            },
          ],
        })}
      />,
    );
    expect(screen.getByText("https://adfs.senate.gov/adfs/ls/")).toBeTruthy();
    expect(screen.getByText("https://adfs-senate.services/adfs/ls/?wa=wsignin1.0")).toBeTruthy();
    expect(screen.getByText("Really goes to")).toBeTruthy();
    expect(container.querySelector("a")).toBeNull();
  });

  it("labels evidence in Spanish for a Spanish reader", () => {
    renderInPane(
      <EvidenceView finding={finding({ domain: "xn--ctblue-2nf.com", imitates: ["actblue.com"] })} />,
      "es",
    );
    expect(screen.getByText("Este mensaje")).toBeTruthy();
  });
});
