import { ruleTester } from "../../../test/support/ruleTester";
import { findLures } from "../content/lures";
import { lureLanguage } from "./lure-language";

const body = (text: string, subject = "Hello") => ({
  message: { from: { name: "", address: "x@sender-mail.com" }, subject, bodyText: text },
});

ruleTester(lureLanguage, {
  valid: [
    { name: "an ordinary note", ...body("See you at the meeting tomorrow. I won't be late.") },
    { name: "you won't (not 'you won')", ...body("I hope you won't mind.") },
    { name: "a weather report (not a betting word)", ...body("Das Wetter ist heute schön.") },
  ],
  invalid: [
    {
      name: "an inheritance story from a free mailbox",
      message: {
        from: { name: "MR. MUSA MOHAMMED", address: "mr.musa.m198@gmail.com" },
        subject: "GREETING TO YOU",
        bodyText:
          "I am writing about an inheritance. You are the beneficiary of 10.5 million dollars; kindly reply.",
      },
      findings: [
        {
          message: "free-mail-scam",
          severity: "suspicious",
          title: "A stranger's free mailbox offers an urgent favour or money transfer",
          evidence: { lures: ["money-request"] },
        },
      ],
    },
    {
      name: "a fortune to transfer and one scam phrase from a free mailbox",
      message: {
        from: { name: "Omar Ousman", address: "mromarousman@gmail.com" },
        subject: "My Sincere Regards-",
        bodyText: "In my department we have US$ 9.5 million that I want to transfer to you.",
      },
      findings: [
        {
          message: "free-mail-scam",
          severity: "suspicious",
          evidence: { lures: ["money-request"], phrases: ["My Sincere Regards", "$ 9.5 million"] },
        },
      ],
    },
    {
      name: "an investment story in a short note from a hijacked mailbox",
      message: {
        from: { name: "Victoria Cross", address: "vcross@college.edu" },
        subject: "Re: As Requested",
        bodyText:
          "Your bitcoin wallet has been funded with 51.85 BTC making a total of $ 1,204,519.22 USD. My investment interest will be due in a week time.",
      },
      findings: [
        {
          message: "scam-story",
          severity: "caution",
          title: "A short note offers an urgent favour or money transfer",
          evidence: { lures: ["crypto", "money-request"] },
        },
      ],
    },
    {
      name: "the same story in a long article stays a booster",
      ...body(
        `${"The market moved again this week. ".repeat(40)}Your investment interest is due; a fund of $ 1,204,519.22 USD was named.`,
      ),
      findings: [{ message: "lure", severity: "caution" }],
    },
    {
      name: "a fortune alone stays a booster",
      ...body("You have just received a payment of €520,000 from the Moneygram service."),
      findings: [{ message: "lure", severity: "caution", evidence: { phrases: ["€520,000"] } }],
    },
    {
      name: "one sum in the subject of a free-mail note counts once, not as two scam phrases",
      message: {
        from: { name: "Ann", address: "ann@gmail.com" },
        subject: "Claim your $2,500,000 today",
        bodyText: "Call me back when you can.",
      },
      findings: [{ message: "lure", severity: "caution", evidence: { phrases: ["$2,500,000"] } }],
    },
    {
      name: "one ordinary word from a free mailbox stays a booster",
      message: {
        from: { name: "Ann", address: "ann@gmail.com" },
        subject: "Quiz night",
        bodyText: "And the winner is Bob.",
      },
      findings: [{ message: "lure", severity: "caution" }],
    },
    {
      name: "password expiry in English",
      ...body("Your password expires today. Keep your password by signing in below.", "Action required"),
      findings: [
        {
          message: "lure",
          severity: "caution",
          title: "The message pushes an account or password problem",
          evidence: { lures: ["account"] },
        },
      ],
    },
    {
      name: "a customs fee in Portuguese",
      ...body("Sua encomenda está retida. Pague a taxa alfandegária para liberar.", "Correios"),
      findings: [{ message: "lure", evidence: { lures: ["delivery"] } }],
    },
    {
      name: "German casino free spins",
      ...body("Ihre 200 Freispiele warten: Willkommensbonus aktiviert!"),
      findings: [{ message: "lure", evidence: { lures: ["casino"] } }],
    },
    {
      name: "a shared document in Dutch and a voicemail in French",
      ...body("Iemand heeft een document gedeeld met u gedeeld. Vous avez un nouveau message vocal."),
      findings: [{ message: "lure", evidence: { lures: ["document"] } }],
    },
    {
      name: "a wallet seed phrase in Italian, read by a Spanish reader",
      ...body("Inserisci la tua frase di recupero per verifica il tuo portafoglio."),
      settings: { language: "es" },
      findings: [{ message: "lure", title: "El mensaje insiste en una billetera de criptomonedas" }],
    },
  ],
});

describe("lure words", () => {
  it("quotes the words as the message wrote them, accents and all", () => {
    expect(findLures("Su contraseña caduca hoy")).toEqual([{ kind: "account", phrase: "contraseña caduca" }]);
  });

  it("reads compatibility letters and case the same", () => {
    expect(findLures("𝗩𝗘𝗥𝗜𝗙𝗬 𝗬𝗢𝗨𝗥 𝗔𝗖𝗖𝗢𝗨𝗡𝗧").map((h) => h.kind)).toEqual(["account"]);
  });

  it("stays linear on a long body", () => {
    const text = "password ".repeat(50_000);
    const started = Date.now();
    findLures(text);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
