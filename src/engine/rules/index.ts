import { attachmentRisk } from "./attachment-risk";
import { bodyNearEmpty } from "./body-near-empty";
import { disguisedText } from "./disguised-text";
import { machineMadeSender } from "./machine-made-sender";
import { hiddenText } from "./hidden-text";
import { pictureOnImageHost } from "./picture-on-image-host";
import { recipientInSubject } from "./recipient-in-subject";
import { senderAbusedEnding } from "./sender-abused-ending";
import { senderOnPlatform } from "./sender-on-platform";
import { senderUnauthenticated } from "./sender-unauthenticated";
import { spfFailedUpstream } from "./spf-failed-upstream";
import { subjectRandomCode } from "./subject-random-code";
import { brandImpersonation } from "./brand-impersonation";
import { credentialLure } from "./credential-lure";
import { displayNameImpersonation } from "./display-name-impersonation";
import { formOffsite } from "./form-offsite";
import { freeTenantSender } from "./free-tenant-sender";
import { fromMalformed } from "./from-malformed";
import { linkDangerousScheme } from "./link-dangerous-scheme";
import { linkDeceptiveHost } from "./link-deceptive-host";
import { linkDisguisedHost } from "./link-disguised-host";
import { linkLookalike } from "./link-lookalike-domain";
import { linkShortenerHosting } from "./link-shortener-hosting";
import { linkTextMismatch } from "./link-text-mismatch";
import { qrCodeLink } from "./qr-code-link";
import { lureLanguage } from "./lure-language";
import { replyToElsewhere } from "./reply-to-elsewhere";
import { undisclosedRecipients } from "./undisclosed-recipients";
import type { Rule } from "./support/rule";
import { senderAuthFailed } from "./sender-auth-failed";
import { senderKnownSpoof } from "./sender-known-spoof";
import { senderLookalike } from "./sender-lookalike-domain";
import { senderMisaligned } from "./sender-misaligned";

/** Every rule, in the order findings are shown: the sender, then links, then attachments. */
export const RULES: readonly Rule[] = [
  senderKnownSpoof,
  senderLookalike,
  senderAuthFailed,
  senderUnauthenticated,
  spfFailedUpstream,
  fromMalformed,
  displayNameImpersonation,
  brandImpersonation,
  replyToElsewhere,
  senderMisaligned,
  freeTenantSender,
  senderOnPlatform,
  senderAbusedEnding,
  machineMadeSender,
  undisclosedRecipients,
  linkLookalike,
  linkDisguisedHost,
  linkDeceptiveHost,
  linkDangerousScheme,
  formOffsite,
  credentialLure,
  linkTextMismatch,
  linkShortenerHosting,
  qrCodeLink,
  attachmentRisk,
  lureLanguage,
  subjectRandomCode,
  recipientInSubject,
  bodyNearEmpty,
  pictureOnImageHost,
  hiddenText,
  disguisedText,
];
