import type { Rule } from "./rule";
import { senderKnownSpoof } from "./senderKnownSpoof";
import { senderLookalike } from "./senderLookalike";

/** Every rule, in the order findings are shown. */
export const RULES: readonly Rule[] = [senderKnownSpoof, senderLookalike];
