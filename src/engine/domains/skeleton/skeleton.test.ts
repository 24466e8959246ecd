import { removeDiacritics, skeleton, skeletons } from ".";

const same = (a: string, b: string) => expect(skeleton(a)).toBe(skeleton(b));
const differ = (a: string, b: string) => expect(skeleton(a)).not.toBe(skeleton(b));

describe("skeleton", () => {
  it("collapses ASCII look-alikes the way UTS #39 does (m→rn, 0→o, 1→l), lower-cased", () => {
    expect(skeleton("microsoft")).toBe("rnicrosoft");
    same("micros0ft", "microsoft");
    same("rnicrosoft", "microsoft");
    same("MICROSOFT", "microsoft");
    same("te1egram", "telegram");
    same("mai1.info", "mail.info");
    same("n0vinite", "novinite");
    same("rnil.am", "mil.am");
    expect(skeleton("0")).toBe("o");
  });

  it("maps w to vv, so vv spoofs (Pawn Storm, Thallium) share the skeleton", () => {
    same("biathlovvorld", "biathloworld");
    same("dovvn-mail.com", "down-mail.com");
    same("standartnevvs.com", "standartnews.com");
    same("ѡeb", "web"); // Cyrillic omega, w in Chromium's extras
  });

  it("leaves i and l apart: hotrnall is edit distance 1 from hotmail, not skeleton-equal", () => {
    same("hotrnail", "hotmail");
    differ("hotrnall", "hotmail");
    differ("rnaii.com", "mail.com");
  });

  it("maps other scripts' look-alikes (confusables.txt plus Chromium's extras)", () => {
    same("sеnate", "senate"); // Cyrillic е
    same("аррӏе.com", "apple.com"); // all Cyrillic
    same("ҏнкть.com", "phktb.com"); // Chromium extras: ҏ н к т ь
    same("θ1", "ol"); // θ → 0 → o
    same("丩3", "43");
    same("faß", "fab"); // Chromium maps ß to b
    same("ẞ", "ß");
    expect(skeleton("test\u2014site")).toBe("test-site");
  });

  it("removes diacritics before mapping", () => {
    same("sénate", "senate");
    same("googlé.com", "google.com");
    same("łódź", "lodz");
    same("đø", "do");
  });

  it("keeps dots and hyphens, and works label by label", () => {
    expect(skeleton("adfs-senate.services")).toBe("adfs-senate.services");
    expect(skeleton("中文.café")).toBe("中文.cafe");
    expect(skeleton("")).toBe("");
  });
});

describe("skeletons", () => {
  it("is the primary alone for text without multi-reading characters", () => {
    expect(skeletons("micros0ft.com")).toEqual(["rnicrosoft.corn"]);
    expect(skeletons("sénate.gov")).toEqual(["senate.gov"]);
  });

  it("adds one skeleton per reading of þ, œ, ł and ӏ, primary first", () => {
    expect(skeletons("appӏe.com")).toEqual(["apple.corn", "appie.corn"]);
    expect(skeletons("þay")).toEqual(["pay", "bay"]);
    expect(skeletons("œuvre")).toEqual(["oeuvre", "ceuvre"]);
    expect(skeletons("tesł.net")).toEqual(["tesl.net", "test.net"]);
    expect(skeletons("ŁEST.NET")).toEqual(["lest.net", "test.net"]);
    for (const text of ["appӏe.com", "þay", "œuvre", "tesł.net", "ŁEST.NET"]) {
      expect(skeletons(text)[0]).toBe(skeleton(text));
    }
  });

  it("caps like Chromium: every combination up to 5 such characters, only the primary beyond", () => {
    const five = skeletons("łłłłł");
    expect(five).toHaveLength(32);
    expect(five[0]).toBe("lllll");
    expect(five).toContain("ttttt");
    expect(skeletons("þþþþþþ")).toEqual(["pppppp"]);
    expect(skeletons("œþłӏœ").length).toBeLessThanOrEqual(128);
  });
});

describe("removeDiacritics", () => {
  it("strips nonspacing marks and ł ø đ from Latin, Greek and Cyrillic labels", () => {
    expect(removeDiacritics("sénate")).toBe("senate");
    expect(removeDiacritics("ά-ё_1")).toBe("α-е_1");
    expect(removeDiacritics("łøđ")).toBe("lod");
    expect(removeDiacritics("e\u0301.com")).toBe("e.com");
  });

  it("leaves other scripts' labels alone, deciding per label", () => {
    expect(removeDiacritics("नागरी\u0301.com")).toBe("नागरी\u0301.com");
    expect(removeDiacritics("中é.é")).toBe("中é.e");
    expect(removeDiacritics("plain.example")).toBe("plain.example");
  });
});
