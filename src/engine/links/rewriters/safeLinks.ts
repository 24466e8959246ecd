import { hostOf, isBelow, targetParam, type Rewriter } from "./rewriter";

/** Data-centre hosts (nam12., eur03., gcc02., …) sit below these. */
const PARENTS = [
  "safelinks.protection.outlook.com",
  // GCC and US government tenants.
  "safelinks.protection.office365.us",
  // 21Vianet (Microsoft 365 in China). Unverified: seen only in a public unwrapper list; kept because
  // only Microsoft can serve below outlook.cn, so the worst case is a parent that never matches.
  "safelinks.protection.outlook.cn",
];

/** Outlook on the web's own click page, /mail/safelink.html?corid=…&url=…. */
const OWA_HOSTS = new Set(["outlook.office.com", "outlook.office365.com"]);

export const safeLinks: Rewriter = {
  id: "safelinks",
  name: "Microsoft Defender Safe Links",
  unwrap(url) {
    const host = hostOf(url);
    const wrapped =
      PARENTS.some((parent) => isBelow(host, parent)) ||
      (OWA_HOSTS.has(host) && url.pathname === "/mail/safelink.html");
    // data= holds the recipient's address and tenant; it is not needed and not read.
    return wrapped ? targetParam(url, "url") : undefined;
  },
};
