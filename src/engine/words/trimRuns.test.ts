import { isSpace, trimLeading, trimTrailing } from "./trimRuns";

describe("trimRuns", () => {
  it("trims the runs at either end only", () => {
    const dotOrSpace = (ch: string) => ch === "." || isSpace(ch);
    expect(trimTrailing("invoice.exe. . ", dotOrSpace)).toBe("invoice.exe");
    expect(trimTrailing(" .a. ", dotOrSpace)).toBe(" .a");
    expect(trimTrailing("...", dotOrSpace)).toBe("");
    expect(trimLeading("<<<id@x>>", (ch) => ch === "<")).toBe("id@x>>");
    expect(trimLeading("", (ch) => ch === "<")).toBe("");
  });

  it("stays linear on a long run that does not end the text", () => {
    // 200,000 spaces then a letter: a backtracking /\s+$/ needs about 2·10^10 steps here.
    const hostile = `${" ".repeat(200_000)}x`;
    expect(trimTrailing(hostile, isSpace)).toBe(hostile);
    expect(trimLeading(hostile, isSpace)).toBe("x");
  });
});
