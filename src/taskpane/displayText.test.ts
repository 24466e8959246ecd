import { displayText, errorMessage, formatMailbox, humanizeKey, MAX_SHOWN_CHARS } from "./displayText";

describe("displayText", () => {
  it("reveals characters that reorder or hide text", () => {
    expect(displayText("invoice\u202Efdp.exe")).toBe("invoice[U+202E]fdp.exe");
    expect(displayText("pay\u200Bpal.com")).toBe("pay[U+200B]pal.com");
    expect(displayText("\uFEFFsenate.gov")).toBe("[U+FEFF]senate.gov");
  });

  it("leaves ordinary text, other scripts and emoji alone", () => {
    for (const text of ["sеnate.gov", "Résumé", "👩‍💻 team", "مرحبا"]) expect(displayText(text)).toBe(text);
  });

  it("caps very long values and says how much was left out", () => {
    const long = "a".repeat(MAX_SHOWN_CHARS + 500);
    expect(displayText(long)).toBe(`${"a".repeat(MAX_SHOWN_CHARS)}… (500 more characters)`);
    const emoji = `${"a".repeat(MAX_SHOWN_CHARS - 1)}😀tail`;
    expect(displayText(emoji).startsWith(`${"a".repeat(MAX_SHOWN_CHARS - 1)}…`)).toBe(true);
  });
});

describe("humanizeKey", () => {
  it("turns evidence keys into labels", () => {
    expect(humanizeKey("listedDomain")).toBe("Listed domain");
    expect(humanizeKey("return_path")).toBe("Return path");
    expect(humanizeKey("header")).toBe("Header");
  });
});

describe("formatMailbox", () => {
  it("shows name and address, the address alone, or (none)", () => {
    expect(formatMailbox({ name: "Jane", address: "jane@example.org" })).toBe("Jane <jane@example.org>");
    expect(formatMailbox({ name: "", address: "jane@example.org" })).toBe("jane@example.org");
    expect(formatMailbox(undefined)).toBe("(none)");
  });
});

describe("errorMessage", () => {
  it("reads Errors, Office errors and strings", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage({ code: 9020, message: "The request timed out." })).toBe("The request timed out.");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage(undefined)).toBe("an unknown error occurred.");
  });
});
