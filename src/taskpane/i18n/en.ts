/**
 * Every string the pane shows, in English. `es.ts` must have the same keys (the compiler checks;
 * i18n.test.ts checks they are filled in). Group keys by the part of the pane that shows them.
 */
export const en = {
  app: {
    name: "CampaignGuard",
    starting: "Starting CampaignGuard…",
  },
};

/** The shape every language follows: the same keys, each a string or a function returning one. */
export type Strings = typeof en;
