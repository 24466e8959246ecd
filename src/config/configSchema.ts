import { z } from "zod";

const domain = z.string().trim().toLowerCase().min(1).max(253);

/** The admin's one JSON file. Unknown keys are rejected so that a typo is never silently ignored. */
export const configSchema = z
  .object({
    organizationDomains: z.array(domain),
    protectedDomains: z.array(domain),
    vipNames: z.array(z.string().trim().min(1).max(200)),
    /** authserv-ids of your own mail servers whose Authentication-Results can be trusted (besides Microsoft 365's). */
    authservIds: z.array(z.string().trim().toLowerCase().min(1).max(253)),
    /** "auto": Outlook's display language (Spanish for any Spanish locale, else English); the CLI speaks English. */
    language: z.enum(["auto", "en", "es"]),
    feed: z
      .object({
        url: z.string().url().nullable(),
        publicKeys: z.array(z.string()),
      })
      .strict(),
    report: z
      .object({
        mode: z.enum(["none", "forward", "webhook", "graph"]),
        target: z.string().nullable(),
        afterReport: z.enum(["junk", "delete", "keep"]),
      })
      .strict(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

/** The admin file may set any subset; nested objects merge one level deep. */
export const partialConfigSchema = configSchema
  .extend({
    feed: configSchema.shape.feed.partial(),
    report: configSchema.shape.report.partial(),
  })
  .partial()
  .strict();

export type PartialConfig = z.infer<typeof partialConfigSchema>;
