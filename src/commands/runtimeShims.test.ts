import { Utf8TextDecoder, Utf8TextEncoder, base64ToBinaryString, installRuntimeShims } from "./runtimeShims";

describe("runtime shims", () => {
  it("installs TextEncoder/TextDecoder/atob only where missing", () => {
    const bare: Record<string, unknown> = {};
    expect(installRuntimeShims(bare)).toEqual(["TextEncoder", "TextDecoder", "atob"]);
    expect(bare.TextEncoder).toBe(Utf8TextEncoder);
    const full: Record<string, unknown> = { TextEncoder, TextDecoder, atob };
    expect(installRuntimeShims(full)).toEqual([]);
    expect(full.TextDecoder).toBe(TextDecoder);
  });

  it("decodes views at an offset and strips a BOM like TextDecoder", () => {
    const bytes = new Uint8Array([0x41, 0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x42]);
    const view = bytes.subarray(1, 6);
    expect(new Utf8TextDecoder().decode(view)).toBe(new TextDecoder().decode(view));
    expect(new Utf8TextDecoder("utf-8", { ignoreBOM: true }).decode(view)).toBe("\ufeffé");
    expect(new Utf8TextDecoder().decode(new DataView(bytes.buffer, 4, 2))).toBe("é");
    expect(new Utf8TextDecoder().decode()).toBe("");
    expect(new Utf8TextEncoder().encode("é")).toEqual(new Uint8Array([0xc3, 0xa9]));
  });

  it("decodes base64 like atob, and refuses what atob refuses", () => {
    for (const s of ["", "QQ==", "aGVsbG8gd29ybGQ=", "/+8=", "AAEC\nAwQ="])
      expect(base64ToBinaryString(s)).toBe(atob(s));
    expect(() => base64ToBinaryString("a")).toThrow();
  });

  it("refuses other encodings, as TextDecoder does for unknown labels", () => {
    expect(() => new Utf8TextDecoder("iso-8859-1")).toThrow(RangeError);
    expect(new Utf8TextDecoder(" UTF8 ").encoding).toBe("utf-8");
  });

  it("lets postal-mime load and decode addresses in a runtime without TextEncoder/TextDecoder", () => {
    const g = globalThis as Record<string, unknown>;
    const saved = { TextEncoder: g.TextEncoder, TextDecoder: g.TextDecoder };
    try {
      delete g.TextEncoder;
      delete g.TextDecoder;
      jest.isolateModules(() => {
        jest.requireActual("./runtimeShims");
        const { addressParser } = jest.requireActual<typeof import("postal-mime")>("postal-mime");
        expect(
          addressParser("=?utf-8?Q?S=C3=A9nat?= <a@b.example>, =?iso-8859-1?Q?S=E9nat?= <c@d.example>"),
        ).toEqual([
          { name: "Sénat", address: "a@b.example" },
          { name: expect.any(String), address: "c@d.example" },
        ]);
      });
      expect((g.TextDecoder as { name: string }).name).toBe("Utf8TextDecoder");
    } finally {
      g.TextEncoder = saved.TextEncoder;
      g.TextDecoder = saved.TextDecoder;
    }
  });
});
