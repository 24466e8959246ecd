import { ruleTester } from "../../../test/support/ruleTester";
import { senderOnPlatform } from "./sender-on-platform";

const from = (address: string) => ({ message: { from: { name: "", address } } });

ruleTester(senderOnPlatform, {
  valid: [
    { name: "an ordinary domain", ...from("news@shop-mail.com") },
    { name: "Google itself", ...from("no-reply@accounts.google.com") },
  ],
  invalid: [
    {
      name: "a Firebase app's address",
      ...from("noreply@casino-payout-7f3a.firebaseapp.com"),
      findings: [
        { message: "platform", title: "Sent from an address anyone can create on Firebase Hosting" },
      ],
    },
    {
      name: "an Azure web app's address",
      ...from("billing@invoices.azurewebsites.net"),
      findings: [{ message: "platform" }],
    },
  ],
});
