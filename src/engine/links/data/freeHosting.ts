import { findForHostOrParent } from "../../domains/hostOrParent";

/**
 * Free hosting, storage and form services where anyone can publish a page under the platform's name in
 * minutes. Phishing kits live on them because the address borrows a big company's reputation
 * (`storage.googleapis.com`, `*.web.app`) and a new page needs no domain of its own. A link here is not
 * wrong in itself, but a sign-in or payment page on one is never the real organisation's.
 *
 * Only platforms reported as hosting credential phishing (vendor threat reports and the phishing
 * corpus in the research notes; "seen" marks those found in the tuning halves of `npm run eval`'s
 * phishing corpora). Amazon S3's regional hosts share no common suffix
 * (`bucket.s3.us-east-1.amazonaws.com`, `s3.eu-north-1.amazonaws.com/bucket`) and are recognised by
 * shape instead (see s3Regional).
 *
 * Left out on purpose: platforms where real organisations share files and pages every day
 * (`*.sharepoint.com`, OneDrive, Dropbox, WeTransfer, CloudFront), whose links would turn ordinary
 * mail into a warning.
 */

export type HostingKind =
  | "app-platform"
  | "static-hosting"
  | "object-storage"
  | "file-sharing"
  | "ipfs-gateway"
  | "site-builder"
  | "form-builder";

export interface HostingPlatform {
  /**
   * Lower-case ASCII host suffix: matches the host itself and every host ending in "." + suffix. A
   * suffix may have several entries when a path prefix tells them apart; the one with a path prefix
   * is tried first.
   */
  suffix: string;
  /** When set, the URL path must start with it too (Google Forms lives under docs.google.com/forms/). */
  pathPrefix?: string;
  /** The service's name as users know it. */
  name: string;
  kind: HostingKind;
}

export const HOSTING_PLATFORMS: readonly HostingPlatform[] = [
  // Apps and tunnels: ngrok and Cloudflare Tunnel put a phishing kit running on any laptop online.
  { suffix: "run.app", name: "Google Cloud Run", kind: "app-platform" },
  { suffix: "appspot.com", name: "Google App Engine", kind: "app-platform" },
  // Apps Script web apps: a page of anyone's script under script.google.com ("seen").
  { suffix: "script.google.com", name: "Google Apps Script", kind: "app-platform" },
  { suffix: "herokuapp.com", name: "Heroku", kind: "app-platform" },
  { suffix: "azurewebsites.net", name: "Azure App Service", kind: "app-platform" },
  { suffix: "glitch.me", name: "Glitch", kind: "app-platform" },
  { suffix: "workers.dev", name: "Cloudflare Workers", kind: "app-platform" },
  { suffix: "repl.co", name: "Replit", kind: "app-platform" },
  { suffix: "ngrok-free.app", name: "ngrok", kind: "app-platform" },
  { suffix: "ngrok.io", name: "ngrok", kind: "app-platform" },
  { suffix: "trycloudflare.com", name: "Cloudflare Tunnel", kind: "app-platform" },
  // Seen: fake sign-in and parcel pages served as functions (us-central1-<project>.cloudfunctions.net).
  { suffix: "cloudfunctions.net", name: "Google Cloud Functions", kind: "app-platform" },
  // Seen: a fake document page on <app>.onrender.com.
  { suffix: "onrender.com", name: "Render", kind: "app-platform" },
  // Free app hosts of the same kind as Heroku and Glitch, reported hosting credential phishing.
  { suffix: "fly.dev", name: "Fly.io", kind: "app-platform" },
  { suffix: "railway.app", name: "Railway", kind: "app-platform" },
  { suffix: "replit.app", name: "Replit", kind: "app-platform" },
  { suffix: "csb.app", name: "CodeSandbox", kind: "app-platform" },
  { suffix: "bubbleapps.io", name: "Bubble", kind: "app-platform" },

  { suffix: "firebaseapp.com", name: "Firebase Hosting", kind: "static-hosting" },
  { suffix: "web.app", name: "Firebase Hosting", kind: "static-hosting" },
  { suffix: "pages.dev", name: "Cloudflare Pages", kind: "static-hosting" },
  { suffix: "netlify.app", name: "Netlify", kind: "static-hosting" },
  { suffix: "vercel.app", name: "Vercel", kind: "static-hosting" },
  { suffix: "github.io", name: "GitHub Pages", kind: "static-hosting" },
  { suffix: "surge.sh", name: "Surge", kind: "static-hosting" },
  { suffix: "000webhostapp.com", name: "000webhost", kind: "static-hosting" },
  { suffix: "web.core.windows.net", name: "Azure Storage static website", kind: "static-hosting" },
  { suffix: "azurestaticapps.net", name: "Azure Static Web Apps", kind: "static-hosting" },
  // AWS Amplify's default app hosts, reported hosting phishing kits.
  { suffix: "amplifyapp.com", name: "AWS Amplify", kind: "static-hosting" },

  // Buckets serve an uploaded HTML file as a page under the cloud provider's own name.
  { suffix: "storage.googleapis.com", name: "Google Cloud Storage", kind: "object-storage" },
  // The same buckets under their other name.
  { suffix: "storage.cloud.google.com", name: "Google Cloud Storage", kind: "object-storage" },
  { suffix: "firebasestorage.googleapis.com", name: "Firebase Storage", kind: "object-storage" },
  // Firebase Storage's default bucket domain for projects since late 2024.
  { suffix: "firebasestorage.app", name: "Firebase Storage", kind: "object-storage" },
  { suffix: "blob.core.windows.net", name: "Azure Blob Storage", kind: "object-storage" },
  { suffix: "s3.amazonaws.com", name: "Amazon S3", kind: "object-storage" },
  { suffix: "digitaloceanspaces.com", name: "DigitalOcean Spaces", kind: "object-storage" },
  { suffix: "r2.dev", name: "Cloudflare R2", kind: "object-storage" },

  // IPFS pages cannot be taken down at one host: every gateway serves the same content.
  { suffix: "ipfs.io", name: "IPFS gateway", kind: "ipfs-gateway" },
  { suffix: "dweb.link", name: "IPFS gateway", kind: "ipfs-gateway" },
  { suffix: "cloudflare-ipfs.com", name: "Cloudflare IPFS gateway", kind: "ipfs-gateway" },
  { suffix: "gateway.pinata.cloud", name: "Pinata IPFS gateway", kind: "ipfs-gateway" },
  { suffix: "infura-ipfs.io", name: "Infura IPFS gateway", kind: "ipfs-gateway" },
  { suffix: "w3s.link", name: "web3.storage IPFS gateway", kind: "ipfs-gateway" },
  { suffix: "nftstorage.link", name: "NFT.Storage IPFS gateway", kind: "ipfs-gateway" },

  { suffix: "weebly.com", name: "Weebly", kind: "site-builder" },
  { suffix: "weeblysite.com", name: "Weebly", kind: "site-builder" },
  { suffix: "wixsite.com", name: "Wix", kind: "site-builder" },
  { suffix: "square.site", name: "Square Online", kind: "site-builder" },
  { suffix: "godaddysites.com", name: "GoDaddy Websites", kind: "site-builder" },
  { suffix: "webflow.io", name: "Webflow", kind: "site-builder" },
  { suffix: "notion.site", name: "Notion", kind: "site-builder" },
  { suffix: "blogspot.com", name: "Blogger", kind: "site-builder" },
  { suffix: "sites.google.com", name: "Google Sites", kind: "site-builder" },
  { suffix: "mystrikingly.com", name: "Strikingly", kind: "site-builder" },
  // Seen: a link-in-bio page as the call to action.
  { suffix: "linktr.ee", name: "Linktree", kind: "site-builder" },
  // Seen: an anonymous Telegraph article (telegra.ph, mirrored as graph.org) holding the lure.
  { suffix: "telegra.ph", name: "Telegraph", kind: "site-builder" },
  { suffix: "graph.org", name: "Telegraph", kind: "site-builder" },
  // Free site builders of the same kind, reported hosting credential phishing.
  { suffix: "wixstudio.io", name: "Wix", kind: "site-builder" },
  { suffix: "framer.app", name: "Framer", kind: "site-builder" },
  { suffix: "framer.website", name: "Framer", kind: "site-builder" },
  { suffix: "canva.site", name: "Canva", kind: "site-builder" },
  { suffix: "carrd.co", name: "Carrd", kind: "site-builder" },
  { suffix: "typedream.app", name: "Typedream", kind: "site-builder" },
  // Microsoft Sway pages carry QR-code and "shared document" lures under Microsoft's name.
  { suffix: "sway.cloud.microsoft", name: "Microsoft Sway", kind: "site-builder" },
  { suffix: "sway.office.com", name: "Microsoft Sway", kind: "site-builder" },

  // Forms collect a password as easily as a survey answer, and the form service's name looks trusted.
  { suffix: "docs.google.com", pathPrefix: "/forms/", name: "Google Forms", kind: "form-builder" },
  { suffix: "forms.gle", name: "Google Forms", kind: "form-builder" },
  { suffix: "forms.office.com", name: "Microsoft Forms", kind: "form-builder" },
  { suffix: "jotform.com", name: "Jotform", kind: "form-builder" },
  { suffix: "typeform.com", name: "Typeform", kind: "form-builder" },
  { suffix: "surveymonkey.com", name: "SurveyMonkey", kind: "form-builder" },
  { suffix: "formstack.com", name: "Formstack", kind: "form-builder" },

  // Seen: "shared document" lures that lead to a Drive file, a Docs drawing or a presentation holding
  // the real link. Anyone can share a document from Google's own address. After Google Forms, which
  // is the same host with a path prefix.
  { suffix: "drive.google.com", name: "Google Drive", kind: "file-sharing" },
  { suffix: "docs.google.com", name: "Google Docs", kind: "file-sharing" },
];

/** Entries by suffix, those with a path prefix first, so a lookup is one Map hit per label. */
const BY_SUFFIX = new Map<string, HostingPlatform[]>();
for (const platform of HOSTING_PLATFORMS) {
  const entries = BY_SUFFIX.get(platform.suffix) ?? [];
  entries.push(platform);
  entries.sort((a, b) => (b.pathPrefix?.length ?? 0) - (a.pathPrefix?.length ?? 0));
  BY_SUFFIX.set(platform.suffix, entries);
}

const AWS = ".amazonaws.com";
/** What may follow the S3 label in an endpoint: a region ("us-east-1", "us-gov-west-1"), "dualstack". */
const S3_TAIL_LABEL = /^(?:[a-z]{2}(?:-gov)?-[a-z]+-\d+|dualstack)$/;
/** The S3 label itself: "s3", "s3-<region>", "s3-external-1", "s3-website", "s3-website-<region>". */
const S3_LABEL = /^s3(?:-website)?(?:-(?:[a-z]{2}(?:-gov)?-[a-z]+-\d+|external-1))?$/;
const S3 = HOSTING_PLATFORMS.find((p) => p.suffix === "s3.amazonaws.com");

/**
 * Amazon S3 on a regional endpoint, virtual-hosted (`bucket.s3.us-east-1.amazonaws.com`,
 * `bucket.s3-website-eu-west-1.amazonaws.com`) or path-style (`s3.us-east-2.amazonaws.com/bucket`):
 * reading from the right, region labels and then an S3 label. Other AWS hosts (EC2's `compute`,
 * load balancers' `elb`) have another label there.
 */
function s3Regional(host: string): HostingPlatform | undefined {
  if (!host.endsWith(AWS)) return undefined;
  const labels = host.slice(0, -AWS.length).split(".");
  let i = labels.length - 1;
  while (i >= 0 && S3_TAIL_LABEL.test(labels[i])) i--;
  return i >= 0 && S3_LABEL.test(labels[i]) ? S3 : undefined;
}

/**
 * The platform a host belongs to: the host equals a suffix or ends in "." + suffix, and the path starts
 * with the entry's path prefix when it has one. Walks the host's label boundaries from the longest
 * candidate down, so the most specific entry wins. `path` is the URL's pathname ("/forms/d/…").
 */
export function hostingPlatformOf(host: string, path = ""): HostingPlatform | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  const listed = findForHostOrParent(h, (suffix) =>
    BY_SUFFIX.get(suffix)?.find((p) => p.pathPrefix === undefined || path.startsWith(p.pathPrefix)),
  );
  return listed ?? s3Regional(h);
}
