import { awsSes } from "./awsSes";
import { azureEmail } from "./azureEmail";
import { barracuda } from "./barracuda";
import { bing } from "./bing";
import { cisco } from "./cisco";
import { clickTime } from "./clickTime";
import { doubleClick } from "./doubleClick";
import { encodedRedirect } from "./encodedRedirect";
import { esvaLabs } from "./esvaLabs";
import { fireEye } from "./fireEye";
import { gmxDeref } from "./gmxDeref";
import { googleAmp } from "./googleAmp";
import { googleRedirect } from "./googleRedirect";
import { googleTranslate } from "./googleTranslate";
import { mimecast } from "./mimecast";
import { proofpointV1 } from "./proofpointV1";
import { proofpointV2 } from "./proofpointV2";
import { proofpointV3 } from "./proofpointV3";
import { safeLinks } from "./safeLinks";
import { sophos } from "./sophos";
import { trendMicro } from "./trendMicro";
import type { Rewriter } from "./rewriter";

/**
 * Every rewriter unwrapUrl tries, in order. The named ones' hosts do not overlap, so among them the
 * order is only the most common first; the encoded-redirect rule, which can claim a link on any host,
 * comes last so that it only reads what no named service claimed.
 */
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
  gmxDeref,
  // Open redirects phishing hides behind (issue 12): ad clicks, search and AMP pages, Translate.
  googleAmp,
  bing,
  doubleClick,
  googleTranslate,
  encodedRedirect,
];
