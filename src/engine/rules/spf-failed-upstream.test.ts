import { ruleTester } from "../../../test/support/ruleTester";
import { spfFailedUpstream } from "./spf-failed-upstream";

const TOP =
  "Received-SPF: Pass (protection.outlook.com: domain of deck.rate-quotes.com designates 40.107.44.119 as permitted sender) receiver=protection.outlook.com; client-ip=40.107.44.119;";
const EARLIER_FAIL =
  "Received-SPF: Fail (protection.outlook.com: domain of deck.rate-quotes.com does not designate 184.107.178.49 as permitted sender) receiver=protection.outlook.com; client-ip=184.107.178.49;";

const mail = (receivedSpf: string[], from = "Rate Kick <tghset2a8xww@deck.rate-quotes.com>") => ({
  mail: { from, forged: receivedSpf },
});

ruleTester(spfFailedUpstream, {
  valid: [
    { name: "only your own server's check", ...mail([TOP]) },
    { name: "your own server's failure is sender-auth-failed's", ...mail([EARLIER_FAIL]) },
    {
      name: "an earlier failure for another domain (a forwarder's envelope)",
      ...mail([TOP, EARLIER_FAIL.replaceAll("deck.rate-quotes.com", "bounces.other-list.org")]),
    },
    { name: "an earlier pass", ...mail([TOP, TOP]) },
  ],
  invalid: [
    {
      name: "relayed on after an earlier hop found SPF failing for the From domain",
      ...mail([TOP, EARLIER_FAIL]),
      findings: [
        {
          message: "failed-upstream",
          title: "A server on the way found that rate-quotes.com did not send this",
          evidence: { result: "fail", clientIp: "184.107.178.49" },
        },
      ],
    },
    {
      name: "a soft fail without a named receiver",
      ...mail([TOP, "Received-SPF: SoftFail (domain of deck.rate-quotes.com does not designate 192.0.2.9)"]),
      findings: [{ message: "failed-upstream", evidence: { result: "softfail", clientIp: null } }],
    },
  ],
});
