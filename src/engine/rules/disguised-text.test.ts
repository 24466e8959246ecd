import { ruleTester } from "../../../test/support/ruleTester";
import { disguisedText } from "./disguised-text";

const message = (subject: string, name = "Support") => ({
  message: { from: { name, address: "x@sender-mail.com" }, subject },
});

const body = (bodyText: string) => ({
  message: { from: { name: "Orci", address: "x@sender-mail.com" }, subject: "Download", bodyText },
});

ruleTester(disguisedText, {
  valid: [
    { name: "an ordinary subject", ...message("Your order has shipped") },
    { name: "a Russian subject", ...message("Привет, как дела?") },
    { name: "Russian beside a Latin brand name", ...message("Скидки в Amazon на этой неделе") },
    { name: "accents", ...message("Réunion à Zürich — ¿mañana?") },
    { name: "Japanese with a Latin word in it", ...message("PDFファイルを送ります") },
    { name: "an emoji", ...message("🎉 Party on Friday") },
    {
      name: "Greek letters as notation in the text",
      ...body("Latency fell from 40 μs to 12 μs; the Δt per αβ-step halved, 3 kΩ and 5 μm."),
    },
    {
      name: "UTF-8 read as Windows-1251 (garbled, not disguised)",
      ...body("the bisonпїЅone, AlaskaпїЅa and industryпїЅhave; вЂњquotedвЂќ"),
    },
    { name: "Russian text with a Latin brand", ...body("Скидки в Amazon на этой неделе, и в eBay тоже.") },
  ],
  invalid: [
    {
      name: "Cyrillic letters inside several Latin words of the text",
      ...body("Hi Gоod аfterпоon. You havе а new іncоmiпg tгаnsасtіon. Lоg іn to your account."),
      findings: [
        {
          message: "mixed-script",
          severity: "suspicious",
          title: "The message's text mixes in letters from another alphabet",
          evidence: { body: ["Gоod", "аfterпоon", "havе"] },
        },
      ],
    },
    {
      name: "Cyrillic letters inside Latin words",
      ...message("Your Amаzon.cоm accоunt is tempоrarily on hоld"),
      findings: [
        {
          message: "mixed-script",
          severity: "suspicious",
          title: "The subject mixes in letters from another alphabet",
          detail: "“Amаzon”",
        },
      ],
    },
    {
      name: "a letter of another script inside a word",
      ...message("Your new user agreement", "Support aᥴcount team"),
      findings: [{ message: "mixed-script", severity: "suspicious", detail: "“aᥴcount”" }],
    },
    {
      name: "small capitals",
      ...message("Notice", "ᴘᴀʏᴍᴇɴᴛ ʀꜰᴜꜱᴀʟ"),
      findings: [{ message: "styled-letters", severity: "caution" }],
    },
    {
      name: "mathematical bold letters in the sender's name",
      ...message("Account notice", "𝗡𝗲𝘁𝗳𝗹𝗶𝘅 Billing"),
      findings: [
        {
          message: "styled-letters",
          severity: "caution",
          title: "The sender's name is written in decorated letters",
        },
      ],
    },
    {
      name: "emoji in the sender's name, as a booster",
      ...message("Ihr Geschenk wartet", "🎁 Casino Geschenk"),
      findings: [{ message: "emoji-name", severity: "caution" }],
    },
    {
      name: "a zero-width space splitting a word",
      ...message("Pay\u200BPal security notice"),
      findings: [{ message: "invisible-characters", severity: "caution" }],
    },
  ],
});
