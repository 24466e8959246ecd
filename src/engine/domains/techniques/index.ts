import { brandToken } from "./brandToken";
import { homograph } from "./homograph";
import { idnSpoof } from "./idnSpoof";
import { knownSpoof } from "./knownSpoof";
import { targetEmbedding } from "./targetEmbedding";
import { tldSwap } from "./tldSwap";
import { typo } from "./typo";
import type { Technique } from "./technique";

/** In the order matches are listed: documented cases first, then the most deliberate deceptions. */
export const TECHNIQUES: readonly Technique[] = [
  knownSpoof,
  homograph,
  targetEmbedding,
  tldSwap,
  brandToken,
  typo,
  idnSpoof,
];
