/**
 * Free hosting, storage and form services where anyone can publish a page under the platform's name in
 * minutes. Phishing kits live on them because the address borrows a big company's reputation
 * (`storage.googleapis.com`, `*.web.app`) and a new page needs no domain of its own. A link here is not
 * wrong in itself, but a sign-in or payment page on one is never the real organisation's.
 *
 * Only platforms reported as hosting credential phishing (vendor threat reports and the phishing
 * corpus in the research notes). Regional hosts that share no common suffix, such as Amazon S3's
 * `bucket.s3.us-east-1.amazonaws.com`, are not covered: only the global `s3.amazonaws.com` is.
 */

export type HostingKind =
  "app-platform" | "static-hosting" | "object-storage" | "ipfs-gateway" | "site-builder" | "form-builder";

export interface HostingPlatform {
  /** Lower-case ASCII host suffix: matches the host itself and every host ending in "." + suffix. */
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
  { suffix: "herokuapp.com", name: "Heroku", kind: "app-platform" },
  { suffix: "azurewebsites.net", name: "Azure App Service", kind: "app-platform" },
  { suffix: "glitch.me", name: "Glitch", kind: "app-platform" },
  { suffix: "workers.dev", name: "Cloudflare Workers", kind: "app-platform" },
  { suffix: "repl.co", name: "Replit", kind: "app-platform" },
  { suffix: "ngrok-free.app", name: "ngrok", kind: "app-platform" },
  { suffix: "ngrok.io", name: "ngrok", kind: "app-platform" },
  { suffix: "trycloudflare.com", name: "Cloudflare Tunnel", kind: "app-platform" },

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

  // Buckets serve an uploaded HTML file as a page under the cloud provider's own name.
  { suffix: "storage.googleapis.com", name: "Google Cloud Storage", kind: "object-storage" },
  { suffix: "firebasestorage.googleapis.com", name: "Firebase Storage", kind: "object-storage" },
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

  // Forms collect a password as easily as a survey answer, and the form service's name looks trusted.
  { suffix: "docs.google.com", pathPrefix: "/forms/", name: "Google Forms", kind: "form-builder" },
  { suffix: "forms.gle", name: "Google Forms", kind: "form-builder" },
  { suffix: "forms.office.com", name: "Microsoft Forms", kind: "form-builder" },
  { suffix: "jotform.com", name: "Jotform", kind: "form-builder" },
  { suffix: "typeform.com", name: "Typeform", kind: "form-builder" },
  { suffix: "surveymonkey.com", name: "SurveyMonkey", kind: "form-builder" },
  { suffix: "formstack.com", name: "Formstack", kind: "form-builder" },
];

/** One entry per suffix (a test holds the list to that), so a lookup is one Map hit per label. */
const BY_SUFFIX = new Map(HOSTING_PLATFORMS.map((p) => [p.suffix, p]));

/**
 * The platform a host belongs to: the host equals a suffix or ends in "." + suffix, and the path starts
 * with the entry's path prefix when it has one. Walks the host's label boundaries from the longest
 * candidate down, so the most specific entry wins. `path` is the URL's pathname ("/forms/d/…").
 */
export function hostingPlatformOf(host: string, path = ""): HostingPlatform | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  for (let start = 0; ;) {
    const platform = BY_SUFFIX.get(h.slice(start));
    if (platform && (platform.pathPrefix === undefined || path.startsWith(platform.pathPrefix))) {
      return platform;
    }
    const dot = h.indexOf(".", start);
    if (dot < 0) return undefined;
    start = dot + 1;
  }
}
