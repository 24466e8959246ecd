import type { Configuration } from "@azure/msal-browser";

/**
 * MSAL's nested app authentication, loaded as a chunk of its own (`msal.js`, about 70 kB gzip) only
 * when a report goes through Graph; the pane and commands-web.js share the file.
 */
export const createNestablePcaOnDemand = (config: Configuration) =>
  import(/* webpackChunkName: "msal" */ "@azure/msal-browser").then((msal) =>
    msal.createNestablePublicClientApplication(config),
  );
