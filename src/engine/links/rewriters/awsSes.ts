import { percentDecode } from "./decode";
import { hostOf, isBelow, type Rewriter } from "./rewriter";

const PREFIX = "/L0/";

/** https://<id>.r.<region>.awstrack.me/L0/<percent-encoded target>/1/<message id>/<signature> */
export const awsSes: Rewriter = {
  id: "aws-ses",
  name: "Amazon SES click tracking",
  unwrap(url) {
    // /I0/ is the open-tracking pixel, not a link.
    if (!isBelow(hostOf(url), "awstrack.me") || !url.pathname.startsWith(PREFIX)) return undefined;
    const slash = url.pathname.indexOf("/", PREFIX.length);
    const target = percentDecode(url.pathname.slice(PREFIX.length, slash < 0 ? undefined : slash));
    return target ? { target } : { opaque: true };
  },
};
