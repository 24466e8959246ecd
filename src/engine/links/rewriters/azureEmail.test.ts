import { azureEmail } from "./azureEmail";
import type { RewriterResult } from "./rewriter";

const P = "&p=bT1hYzdhYmE5MS03ZGQzLTRmZTMtOTc3My00YmFlMTNkMWY0YzcmdT1hZW8mbD1SZWRpcmVjdA%3D%3D";

describe("azureEmail", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "emails.azure.microsoft.com",
      `https://emails.azure.microsoft.com/redirect/?destination=https%3A%2F%2Fapp.powerbi.com%2FRedirect%3Faction%3DOpenLink%26linkId%3DUOlEGVafE5${P}`,
      { target: "https://app.powerbi.com/Redirect?action=OpenLink&linkId=UOlEGVafE5" },
    ],
    [
      "a regional safelink.emails.azure.net host",
      `https://nam.safelink.emails.azure.net/redirect/?destination=https%3A%2F%2Fportal.azure.com%2F%23view%2FMicrosoft_Azure_Security${P}`,
      { target: "https://portal.azure.com/#view/Microsoft_Azure_Security" },
    ],
    ["no destination=", `https://eur.safelink.emails.azure.net/redirect/?${P.slice(1)}`, { opaque: true }],
    ["the tracking pixel", `https://nam.safelink.emails.azure.net/trackingpixel/?${P.slice(1)}`, undefined],
    [
      "Azure's own site",
      "https://azure.microsoft.com/redirect/?destination=https%3A%2F%2Fx.example%2F",
      undefined,
    ],
  ])("%s", (_, href, expected) => expect(azureEmail.unwrap(new URL(href))).toEqual(expected));
});
