import type { Config } from "./configSchema";

export const DEFAULT_CONFIG: Config = {
  organizationDomains: [],
  protectedDomains: [],
  vipNames: [],
  authservIds: [],
  language: "auto",
  feed: { url: null, publicKeys: [], refreshHours: 6 },
  report: {
    mode: "compose",
    target: null,
    afterReport: "junk",
    webhookUrl: null,
    clientId: null,
    authority: "https://login.microsoftonline.com/organizations",
    graphUrl: "https://graph.microsoft.com/v1.0",
    timeoutMs: 20_000,
  },
};
