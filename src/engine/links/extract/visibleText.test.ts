import { clipText, collapseText, MAX_TEXT_LENGTH, VisibleText } from "./visibleText";

describe("collapseText", () => {
  it.each([
    ["  a \n\t b\u00a0\u00a0c  ", "a b c"],
    ["", ""],
    [" \n ", ""],
    ["\u200bzero\u200bwidth", "\u200bzero\u200bwidth"],
  ])("%j → %j", (raw, collapsed) => {
    expect(collapseText(raw)).toBe(collapsed);
  });

  it("clips to MAX_TEXT_LENGTH with an ellipsis", () => {
    expect(collapseText("x".repeat(MAX_TEXT_LENGTH))).toHaveLength(MAX_TEXT_LENGTH);
    const clipped = collapseText("y".repeat(MAX_TEXT_LENGTH + 1));
    expect(clipped).toBe(`${"y".repeat(MAX_TEXT_LENGTH - 1)}…`);
  });
});

describe("clipText", () => {
  it("never leaves half a surrogate pair", () => {
    const text = "a" + "😀".repeat(MAX_TEXT_LENGTH);
    expect(clipText(text)).toBe(`a${"😀".repeat(149)}…`);
    expect(clipText(text.slice(1))).toBe(`${"😀".repeat(149)}…`);
  });
});

describe("VisibleText", () => {
  it("joins pieces, separates at boundaries and falls back to alt text", () => {
    const shown = new VisibleText();
    shown.alt("Logo");
    expect(shown.value()).toBe("Logo");
    shown.text("  Pay");
    shown.text("Pal");
    shown.separate();
    shown.text("login ");
    expect(shown.value()).toBe("PayPal login");
  });

  it("separates alt texts and ignores boundaries at the start", () => {
    const shown = new VisibleText();
    shown.separate();
    shown.alt(" Sign ");
    shown.alt("in");
    expect(shown.value()).toBe("Sign in");
  });
});
