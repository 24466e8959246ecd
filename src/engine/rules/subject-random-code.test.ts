import { ruleTester } from "../../../test/support/ruleTester";
import { subjectRandomCode } from "./subject-random-code";

const subject = (text: string) => ({
  message: { from: { name: "Shop", address: "orders@shop-mail.com" }, subject: text },
});

ruleTester(subjectRandomCode, {
  valid: [
    { name: "an order number", ...subject("Your order #123-4567890-1234567") },
    { name: "technical words", ...subject("[PATCH] prctl.2: fix recvmmsg") },
    { name: "a product name", ...subject("Microsoft365 renewal for iPhone") },
  ],
  invalid: [
    {
      name: "a random code",
      ...subject("Notificação Emitida - RfUVZut0T7MXNK"),
      findings: [
        {
          message: "code-in-subject",
          severity: "caution",
          title: "The subject carries a random code: RfUVZut0T7MXNK",
          evidence: { subject: "Notificação Emitida - RfUVZut0T7MXNK" },
        },
      ],
    },
  ],
});
