import { awsSes } from "./awsSes";
import { azureEmail } from "./azureEmail";
import { barracuda } from "./barracuda";
import { cisco } from "./cisco";
import { clickTime } from "./clickTime";
import { esvaLabs } from "./esvaLabs";
import { fireEye } from "./fireEye";
import { googleRedirect } from "./googleRedirect";
import { mimecast } from "./mimecast";
import { proofpointV1 } from "./proofpointV1";
import { proofpointV2 } from "./proofpointV2";
import { proofpointV3 } from "./proofpointV3";
import { safeLinks } from "./safeLinks";
import { sophos } from "./sophos";
import { trendMicro } from "./trendMicro";
import type { Rewriter } from "./rewriter";

/** Every rewriter unwrapUrl tries. Their hosts do not overlap, so the order is only the most common first. */
export const REWRITERS: readonly Rewriter[] = [
  safeLinks,
  proofpointV3,
  proofpointV2,
  proofpointV1,
  mimecast,
  barracuda,
  cisco,
  clickTime,
  sophos,
  trendMicro,
  fireEye,
  awsSes,
  googleRedirect,
  esvaLabs,
  azureEmail,
];
