import { displayNameImpersonation } from "./displayNameImpersonation";
import { freeTenantSender } from "./freeTenantSender";
import { replyToElsewhere } from "./replyToElsewhere";
import type { Rule } from "./rule";
import { senderAuthFailed } from "./senderAuthFailed";
import { senderKnownSpoof } from "./senderKnownSpoof";
import { senderLookalike } from "./senderLookalike";
import { senderMisaligned } from "./senderMisaligned";

/** Every rule, in the order findings are shown. */
export const RULES: readonly Rule[] = [
  senderKnownSpoof,
  senderLookalike,
  senderAuthFailed,
  displayNameImpersonation,
  replyToElsewhere,
  senderMisaligned,
  freeTenantSender,
];
