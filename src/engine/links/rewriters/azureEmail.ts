import { hostOf, isBelow, targetParam, type Rewriter } from "./rewriter";

/** emails.azure.microsoft.com/redirect/ or <region>.safelink.emails.azure.net/redirect/, ?destination=… */
export const azureEmail: Rewriter = {
  id: "azure-email",
  name: "Azure email click tracking",
  unwrap(url) {
    const host = hostOf(url);
    const wrapped =
      (host === "emails.azure.microsoft.com" || isBelow(host, "safelink.emails.azure.net")) &&
      (url.pathname === "/redirect/" || url.pathname === "/redirect");
    // /trackingpixel/ on the same hosts is not a link.
    return wrapped ? targetParam(url, "destination") : undefined;
  },
};
