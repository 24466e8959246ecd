import { ruleTester } from "../../../test/support/ruleTester";
import { looksRandom } from "../content/randomness";
import { machineMadeSender } from "./machine-made-sender";

const from = (name: string, address: string, subject = "Hello") => ({
  message: { from: { name, address }, subject },
});

ruleTester(machineMadeSender, {
  valid: [
    { name: "a person", ...from("Jane Doe", "jane.doe@work-mail.com") },
    { name: "camel case", ...from("News", "JohnSmith@work-mail.com") },
    { name: "a name with a year", ...from("Yang Xu", "xuyang2018.jy@fujitsu.com") },
    { name: "an acronym", ...from("IT", "NASA@space-mail.org") },
    { name: "a student number", ...from("Ana", "1770585@campus-mail.edu") },
    { name: "a name with a title and a bar", ...from("Dr. J. Smith | Acme Corp.", "js@acme-corp.com") },
  ],
  invalid: [
    {
      name: "a random mixed-case address",
      ...from("Fidelity Life Quote", "KmigQSymPHYPBfT@duty.smartonlinely.com"),
      findings: [
        { message: "random-address", title: "The sender's address is a random string: KmigQSymPHYPBfT" },
      ],
    },
    {
      name: "digits scattered in the address",
      ...from("Rate Kick", "a2jhnjk8ta1y@deck.socialja.com"),
      findings: [{ message: "random-address" }],
    },
    {
      name: "a per-message serial in the address",
      ...from(
        "Blockchain Rectification",
        "signSystem57847135817949169980799307541IMA-support.no-reply@shop-mail.es",
      ),
      findings: [{ message: "random-address" }],
    },
    {
      name: "a protocol number in the sender's name",
      ...from("[ Ourocard ] - Protocolo: 557167787935906", "dsa761128@gmail.com"),
      findings: [{ message: "code-in-name", detail: "“557167787935906”" }],
    },
    {
      name: "stray punctuation in the sender's name",
      ...from("~..Entrega perdida..", "263368@ww2.classicfm.com"),
      findings: [{ message: "garbled-name" }],
    },
  ],
});

describe("looksRandom", () => {
  it.each(["aLaZFLJt", "KmigQSymPHYPBfT", "WkOhQAg", "zmAZizPIr", "KtSaGYsPn9djSGR", "a2jhnjk8ta1y"])(
    "%s is random",
    (t) => {
      expect(looksRandom(t)).toBe(true);
    },
  );
  it.each([
    "JohnSmith",
    "Microsoft365",
    "iPhone",
    "PayPal",
    "NASA",
    "prctl",
    "Schwarzkopf",
    "o365",
    "ab12cd",
  ])("%s is not", (t) => expect(looksRandom(t)).toBe(false));
  it("counts a consonant run only where asked (addresses)", () => {
    expect(looksRandom("eyvrfnaoaznxgk", true)).toBe(true);
    expect(looksRandom("eyvrfnaoaznxgk")).toBe(false);
  });
  it.each(["tghset2a8xww", "1ljocry459tl", "dnezq4w9590u", "JndLebIg", "Qsfxjtwk"])(
    "%s is random as an address",
    (t) => {
      expect(looksRandom(t, true)).toBe(true);
      expect(looksRandom(t)).toBe(false);
    },
  );
  it.each([
    "john2doe99",
    "MrsJones",
    "McDonald",
    "JohnPaulJones",
    "anna1984",
    "covid19vaccine2021",
    "Strengths",
    "mp3player",
  ])("%s is not random as an address", (t) => expect(looksRandom(t, true)).toBe(false));
});
