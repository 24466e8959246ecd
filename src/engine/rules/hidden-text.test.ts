import { ruleTester } from "../../../test/support/ruleTester";
import { hiddenText } from "./hidden-text";

const filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ".repeat(5);
const html = (body: string) => ({
  message: {
    from: { name: "", address: "x@sender-mail.com" },
    subject: "Notice",
    bodyHtml: `<html><body>${body}</body></html>`,
  },
});

ruleTester(hiddenText, {
  valid: [
    {
      name: "a short preview line",
      ...html(`<div style="display:none">Your weekly digest is here</div><p>${filler}</p>`),
    },
    {
      name: "a template's zero-font cell with visible children",
      ...html(`<td style="font-size:0"><span style="font-size:14px">${filler}</span></td>`),
    },
  ],
  invalid: [
    {
      name: "hash-busting filler in a zero font",
      ...html(`<p>Your account is locked. Unlock it now.</p><span style="font-size:0px">${filler}</span>`),
      findings: [{ message: "hidden", evidence: { visibleCharacters: 32 } }],
    },
    {
      name: "white text on white",
      ...html(`<p>Verify now</p><p style="color:#ffffff">${filler}</p>`),
      findings: [{ message: "hidden" }],
    },
  ],
});
