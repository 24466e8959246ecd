import type { Config } from "./configSchema";

export const DEFAULT_CONFIG: Config = {
  organizationDomains: [],
  protectedDomains: [],
  vipNames: [],
  authservIds: [],
  language: "auto",
  feed: { url: null, publicKeys: [] },
  report: { mode: "forward", target: null, afterReport: "junk" },
};
