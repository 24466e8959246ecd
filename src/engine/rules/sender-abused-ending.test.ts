import { ruleTester } from "../../../test/support/ruleTester";
import { senderAbusedEnding } from "./sender-abused-ending";

const from = (address: string) => ({ message: { from: { name: "", address } } });

ruleTester(senderAbusedEnding, {
  valid: [
    { name: "a .com sender", ...from("news@shop-mail.com") },
    { name: "a country ending", ...from("info@gemeinde.de") },
  ],
  invalid: [
    {
      name: "a .top sender, as a booster",
      ...from("no-reply@secure-alerts7.top"),
      findings: [{ message: "ending", title: "(.top)", evidence: { domain: "secure-alerts7.top" } }],
    },
    {
      name: "a second-level sale under .sa.com",
      ...from("offers@offers4u.sa.com"),
      findings: [{ message: "ending", title: "(.sa.com)" }],
    },
  ],
});
