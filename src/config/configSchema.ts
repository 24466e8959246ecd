import * as z from "../zod";
import { CONFIG_LIMITS, isDomainName, isHttpsOrLocal } from "./configLimits";

// The entry is named in the message, so the admin finds it in a long list.
const domain = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.refine(isDomainName, { error: (issue) => `${JSON.stringify(issue.input)} is not a domain name` }),
  );
const domains = z.array(domain).check(z.maxLength(CONFIG_LIMITS.domains));
const localOrHttps = z.url().check(z.refine(isHttpsOrLocal, "must be an https:// address"));
const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** The admin's one JSON file. Unknown keys are rejected so that a typo is never silently ignored. */
export const configSchema = z.strictObject({
  organizationDomains: domains,
  protectedDomains: domains,
  vipNames: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)))
    .check(z.maxLength(CONFIG_LIMITS.vipNames)),
  /** authserv-ids of your own mail servers whose Authentication-Results can be trusted (besides Microsoft 365's). */
  authservIds: z
    .array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(253)))
    .check(z.maxLength(CONFIG_LIMITS.authservIds)),
  /** "auto": Outlook's display language (Spanish for any Spanish locale, else English); the CLI speaks English. */
  language: z.enum(["auto", "en", "es"]),
  feed: z.strictObject({
    /** Where the signed feed is published; its signature is the same URL plus ".sig". */
    url: z.nullable(z.url().check(z.refine((u) => u.startsWith("https://"), "must be an https:// address"))),
    /** Ed25519 public keys (base64, 32 bytes) whose signatures are trusted; several during a rotation. */
    publicKeys: z
      .array(
        z
          .string()
          .check(
            z.trim(),
            z.regex(/^[A-Za-z0-9+/]{43}=$/, "must be an Ed25519 public key (base64, 32 bytes)"),
          ),
      )
      .check(z.maxLength(10)),
    /** The pane checks for a newer feed when it opens and at most this often while it stays open. */
    refreshHours: z.number().check(z.gte(1), z.lte(168)),
  }),
  report: z.strictObject({
    /**
     * compose: a pre-filled forward the user sends (needs no consent); graph: sent for the user
     * through Microsoft Graph; webhook: POSTed to your server; none: reporting off. "forward" is
     * the old name of compose.
     */
    mode: z.enum(["compose", "forward", "graph", "webhook", "none"]),
    /** The security mailbox (compose and graph). */
    target: z.nullable(trimmed(320)),
    afterReport: z.enum(["junk", "delete", "keep"]),
    /** webhook: where reports are POSTed; https (plain http only on localhost). */
    webhookUrl: z.nullable(localOrHttps),
    /** graph: the Entra ID app registration's client ID. */
    clientId: z.nullable(trimmed(100)),
    /** graph: the sign-in authority (a national cloud's, or one tenant's). */
    authority: localOrHttps,
    /** graph: Microsoft Graph's base URL (a national cloud's, e.g. https://graph.microsoft.us/v1.0). */
    graphUrl: localOrHttps,
    /** Deadline for one delivery attempt (Graph or webhook), in milliseconds. */
    timeoutMs: z.int().check(z.gte(1000), z.lte(120000)),
  }),
});

export type Config = z.infer<typeof configSchema>;

/** The admin file may set any subset; nested objects merge one level deep. */
export const partialConfigSchema = z.partial(
  z.extend(configSchema, {
    feed: z.partial(configSchema.shape.feed),
    report: z.partial(configSchema.shape.report),
  }),
);

export type PartialConfig = z.infer<typeof partialConfigSchema>;
