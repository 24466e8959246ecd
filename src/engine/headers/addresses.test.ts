import fc from "fast-check";
import { addressParser } from "postal-mime";
import { parseAddressList, type AddressProblem } from "./addresses";

const pairs = (value: string) => parseAddressList(value).map(({ name, address }) => [name, address]);
const problems = (value: string) => parseAddressList(value).map((a) => a.problems);

describe("parseAddressList: structure", () => {
  it.each([
    ["a bare address", "jane@x.example", [["", "jane@x.example"]]],
    ["a display name", "Jane Doe <jane@x.example>", [["Jane Doe", "jane@x.example"]]],
    [
      "a quoted comma",
      '"Doe, Jane" <jane@x.example>, bob@y.example',
      [
        ["Doe, Jane", "jane@x.example"],
        ["", "bob@y.example"],
      ],
    ],
    ["quoted-pairs", '"Bob \\"The Boss\\"" <bob@x.example>', [['Bob "The Boss"', "bob@x.example"]]],
    ["a comment as the name", "jane@x.example (Jane Doe)", [["Jane Doe", "jane@x.example"]]],
    ["nested comments", "jane@x.example (Jane (work) Doe)", [["Jane (work) Doe", "jane@x.example"]]],
    ["a comment inside the angle brackets", "Jane <jane(home)@x.example>", [["Jane", "jane@x.example"]]],
    ["a lower-cased domain only", "Jane <Jane.Doe@X.Example>", [["Jane", "Jane.Doe@x.example"]]],
    ["a folded value", "Ned Freed\r\n    < ned@innosoft.com>", [["Ned Freed", "ned@innosoft.com"]]],
    [
      "an encoded name",
      "=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>",
      [["Keld Jørn Simonsen", "keld@dkuug.dk"]],
    ],
    [
      "encoded words split by folding",
      "=?utf-8?Q?a?=\r\n =?utf-8?Q?b?= <c@d.example>",
      [["ab", "c@d.example"]],
    ],
    ["an obsolete route", "<@a.example,@b.example:user@c.example>", [["", "user@c.example"]]],
    ["missing angle brackets", "Jane Doe jane@x.example", [["Jane Doe", "jane@x.example"]]],
    ["a quoted local part", '"jane doe"@x.example', [["", '"jane doe"@x.example']]],
    ["an IPv6 domain literal", "a@[IPv6:2001:db8::1]", [["", "a@[ipv6:2001:db8::1]"]]],
    ["the null path", "<>", [["", ""]]],
    [
      "a semicolon used as a comma",
      "a@x.example; b@y.example",
      [
        ["", "a@x.example"],
        ["", "b@y.example"],
      ],
    ],
    ["empty entries", ", ,a@x.example,,", [["", "a@x.example"]]],
    ["an unterminated quote", '"Jane <jane@x.example>', [["Jane <jane@x.example>", ""]]],
    ["an unterminated angle", "Jane <jane@x.example", [["Jane", "jane@x.example"]]],
  ])("%s", (_label, value, expected) => {
    expect(pairs(value)).toEqual(expected);
  });

  it("flattens groups and names each member's group", () => {
    expect(parseAddressList('Team: a@x.example, "B" <b@y.example>;, c@z.example')).toEqual([
      { name: "", address: "a@x.example", group: "Team", problems: [] },
      { name: "B", address: "b@y.example", group: "Team", problems: [] },
      { name: "", address: "c@z.example", problems: [] },
    ]);
    expect(parseAddressList("undisclosed-recipients:;")).toEqual([]);
  });

  it("keeps the first angle address and shows later ones in the name", () => {
    expect(parseAddressList("Jane <a@x.example> <b@evil.example>")).toEqual([
      { name: "Jane <b@evil.example>", address: "a@x.example", problems: ["address-in-name"] },
    ]);
  });

  it("agrees with postal-mime on ordinary lists", () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,7}$/);
    const address = fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9.]{0,8}[a-z0-9]$/),
        fc.stringMatching(/^[a-z]{1,8}\.[a-z]{2,4}$/),
      )
      .map(([local, domain]) => `${local}@${domain}`);
    const mailbox = fc.record({ name: fc.array(word, { maxLength: 3 }), quoted: fc.boolean(), address });
    const text = (m: { name: string[]; quoted: boolean; address: string }) => {
      const name = m.name.join(" ");
      if (name === "") return m.address;
      return `${m.quoted ? `"${name}"` : name} <${m.address}>`;
    };
    const entry = fc.oneof(
      mailbox.map(text),
      fc
        .tuple(word, fc.array(mailbox, { minLength: 1, maxLength: 3 }))
        .map(([g, ms]) => `${g}: ${ms.map(text).join(", ")};`),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const value = entries.join(", ");
        const theirs = addressParser(value, { flatten: true }).map((a) => [
          a.name,
          "address" in a ? a.address : "",
        ]);
        expect(pairs(value)).toEqual(theirs);
      }),
    );
  });
});

describe("parseAddressList: Mailsploit and display-name tricks are reported", () => {
  const cases: [string, string, AddressProblem[]][] = [
    // https://www.mailsploit.com: the name decodes to an address, with a NUL and a line break after it.
    [
      "encoded @ in a quoted name, NUL and LF in name and address",
      '"=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?==?utf-8?Q?=0A=00?="\r\n <=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?==?utf-8?Q?=0A=00?=@mailsploit.com>',
      ["encoded-at-in-name", "newline-in-name", "null-byte", "multiple-at", "address-in-name"],
    ],
    [
      "an encoded address glued to the real domain",
      "=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?==?utf-8?Q?=00?==?utf-8?b?KHBvdHVzQHdoaXRlaG91c2UuZ292KQ==?=@mailsploit.com",
      ["null-byte", "multiple-at"],
    ],
    [
      "a name that decodes to a second mailbox",
      '"=?utf-8?b?InBvdHVzQHdoaXRlaG91c2UuZ292IiA8cG90dXNAd2hpdGVob3VzZS5nb3Y+?==?utf-8?Q?=0A=00=00=00?="\r\n <demo@mailsploit.com>',
      ["encoded-at-in-name", "newline-in-name", "null-byte", "address-in-name"],
    ],
    [
      "CRLF and NUL in a Q-encoded name",
      '"=?utf-8?Q?BEGIN_=00_NULL_=0D=0A_CRLF_END?=" <demo@mailsploit.com>',
      ["newline-in-name", "null-byte"],
    ],
    [
      "an encoded @ alone",
      "=?utf-8?B?Y2VvQHNlbmF0ZS5nb3Y=?= <x@evil.example>",
      ["encoded-at-in-name", "address-in-name"],
    ],
    ["a raw NUL", "Jane\0 <jane@x.example>", ["null-byte"]],
    ["a bare line break that is not folding", "Jane\nDoe <jane@x.example>", ["newline-in-name"]],
    ["a bidi override", "=?utf-8?Q?moc=E2=80=AE.lapyap?= <x@evil.example>", ["control-chars-in-name"]],
    ["an address in the name", '"security@senate.gov" <x@evil.example>', ["address-in-name"]],
    ["a domain in the name", '"senate.gov IT" <x@evil.example>', ["address-in-name"]],
    ["a fullwidth @ in the name", '"ceo＠senate.gov" <x@evil.example>', ["address-in-name"]],
    ["an ideographic full stop", '"senate。gov" <x@evil.example>', ["address-in-name"]],
    ["a domain in a comment standing in for the name", "x@evil.example (paypal.com)", ["address-in-name"]],
    ["a domain in the group name", "paypal.com: x@evil.example;", ["address-in-name"]],
    ["two @", "a@b@evil.example", ["multiple-at"]],
    ["an address in a quoted string only", '"ceo@senate.gov"', ["address-in-name", "unparseable"]],
    ["no address at all", "Jane Doe", ["unparseable"]],
    ["an address without @", "Jane <jane>", ["unparseable"]],
  ];
  it.each(cases)("%s", (_label, value, expected) => {
    expect(problems(value)).toEqual([expected]);
  });

  it.each([
    ["a plain name", "Jane Doe <jane@x.example>"],
    ["the address itself as the name, any case", '"Jane@X.example" <jane@x.example>'],
    ["the sender's own domain", '"Amazon.com" <store-news@amazon.com>'],
    ["a subdomain of the sender's domain", '"mail.paypal.com team" <service@paypal.com>'],
    ["dotted words that are not domains", '"Mr.Smith J.R. Doe v2.0" <s@x.example>'],
    ["a null path", "<>"],
  ])("nothing for %s", (_label, value) => {
    expect(problems(value)).toEqual([[]]);
  });
});

describe("parseAddressList: hostile input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => void parseAddressList(s)));
    const specials = fc.string({
      unit: fc.constantFrom(...'"\\()<>,;:@ .\r\n\0a=?Qé＠'.split("")),
      maxLength: 80,
    });
    fc.assert(
      fc.property(specials, (s) => {
        for (const a of parseAddressList(s)) expect(Array.isArray(a.problems)).toBe(true);
      }),
    );
  });

  it.each([
    ["nested comments", "(".repeat(50_000) + "a@b.example"],
    ["escaped quotes", '"' + '\\"'.repeat(50_000)],
    ["angle brackets", "<".repeat(100_000)],
    ["colons", ":".repeat(100_000)],
    ["at signs", "@".repeat(100_000)],
    ["commas and semicolons", ",;".repeat(50_000)],
    ["encoded-word starts", "=?".repeat(50_000)],
    ["many addresses", "a@b.example ".repeat(10_000)],
  ])("finishes on 100k of %s", (_label, value) => {
    expect(Array.isArray(parseAddressList(value))).toBe(true);
  });
});
