import type { Strings } from "./en";

/** Every string the pane shows, in Spanish: the same keys as `en.ts`. */
export const es: Strings = {
  app: {
    name: "CampaignGuard",
    starting: "Iniciando CampaignGuard…",
  },
};
