import { attachmentRisk } from "./attachmentRisk";
import { credentialLure } from "./credentialLure";
import { displayNameImpersonation } from "./displayNameImpersonation";
import { formOffsite } from "./formOffsite";
import { freeTenantSender } from "./freeTenantSender";
import { linkDangerousScheme } from "./linkDangerousScheme";
import { linkDisguisedHost } from "./linkDisguisedHost";
import { linkLookalike } from "./linkLookalike";
import { linkShortenerHosting } from "./linkShortenerHosting";
import { linkTextMismatch } from "./linkTextMismatch";
import { replyToElsewhere } from "./replyToElsewhere";
import type { Rule } from "./rule";
import { senderAuthFailed } from "./senderAuthFailed";
import { senderKnownSpoof } from "./senderKnownSpoof";
import { senderLookalike } from "./senderLookalike";
import { senderMisaligned } from "./senderMisaligned";

/** Every rule, in the order findings are shown: the sender, then links, then attachments. */
export const RULES: readonly Rule[] = [
  senderKnownSpoof,
  senderLookalike,
  senderAuthFailed,
  displayNameImpersonation,
  replyToElsewhere,
  senderMisaligned,
  freeTenantSender,
  linkLookalike,
  linkDisguisedHost,
  linkDangerousScheme,
  formOffsite,
  credentialLure,
  linkTextMismatch,
  linkShortenerHosting,
  attachmentRisk,
];
