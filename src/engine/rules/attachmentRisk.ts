import { worst, type Finding, type Severity } from "../analysis";
import type { AttachmentInfo } from "../message";
import { describeName, revealHidden } from "./attachmentName";
import { DECOY_EXTENSIONS, EXECUTABLE_CONTENT_TYPES, FILE_KINDS } from "./attachmentTypes";
import type { Rule } from "./rule";

const TITLES: Record<Severity, string> = {
  dangerous: "Dangerous attachment",
  suspicious: "Risky attachment",
  caution: "Attachment may not be what its name says",
};

const ADVICE: Record<Severity, string> = {
  dangerous: "Do not open it, not even to take a look; report the message.",
  suspicious:
    "Do not open it unless you were expecting exactly this file from this sender; if in doubt, check with them by phone, and report the message if they did not send it.",
  caution:
    "Do not open it until the sender confirms, by phone or in a new email, what it is; report the message if they did not send it.",
};

/** Sentences about one attachment and the severity they add up to. */
class Assessment {
  severity: Severity | undefined;
  readonly sentences: string[] = [];

  add(severity: Severity, sentence: string): void {
    this.severity = this.severity ? (worst(this.severity, severity) as Severity) : severity;
    this.sentences.push(sentence);
  }

  /** "This attachment" in the first sentence, "It" after it. */
  get it(): string {
    return this.sentences.length === 0 ? "This attachment" : "It";
  }

  get its(): string {
    return this.sentences.length === 0 ? "This attachment's" : "Its";
  }
}

function assess(attachment: AttachmentInfo): Finding | undefined {
  const name = describeName(attachment.name);
  const { extension: ext, previousExtension: previous } = name;
  const kind = FILE_KINDS.get(ext);
  const contentType = attachment.contentType.split(";")[0].trim().toLowerCase();
  const decoy = kind !== undefined && !kind.container && previous !== ext && DECOY_EXTENSIONS.has(previous);
  const result = new Assessment();

  if (name.appearsAs !== undefined) {
    result.add(
      "dangerous",
      `${result.its} name hides a control character that reverses part of it, so it shows as “${name.appearsAs}”.`,
    );
  } else if (name.bidiControls.length > 0) {
    const codes = name.bidiControls.join(", ");
    const what =
      name.bidiControls.length === 1
        ? `an invisible control character (${codes}) that can change`
        : `invisible control characters (${codes}) that can change`;
    result.add("dangerous", `${result.its} name hides ${what} the order in which it is shown.`);
  }
  if (name.padded && kind) {
    result.add(
      "dangerous",
      `${result.its} name is padded with spaces that push the real ending, .${ext}, out of view.`,
    );
  }
  if (kind) {
    const disguised = result.sentences.length > 0;
    if (decoy) {
      result.add(
        "dangerous",
        `${result.it} is named to look like a .${previous} file but is really ${kind.what} (.${ext}).`,
      );
    } else {
      result.add(kind.severity, `${result.it} is ${disguised ? "really " : ""}${kind.what} (.${ext}).`);
    }
    result.sentences.push(kind.risk);
  }
  if (kind?.severity !== "dangerous" && EXECUTABLE_CONTENT_TYPES.has(contentType)) {
    const named = ext === "" ? `${result.it} has no file ending` : `${result.its} name ends in .${ext}`;
    result.add("caution", `${named}, but the message labels it ${contentType}, the type used for programs.`);
  }

  const { severity } = result;
  if (severity === undefined) return undefined;
  // Inline pictures are drawn in the body, never opened: only a name built to deceive counts there.
  if (attachment.inline && contentType.startsWith("image/") && severity !== "dangerous") return undefined;
  return {
    rule: attachmentRisk.id,
    severity,
    title: `${TITLES[severity]}: ${name.visible}`,
    detail: [...result.sentences, ADVICE[severity]].join(" "),
    evidence: {
      name: name.visible,
      ...(name.appearsAs !== undefined && { appearsAs: name.appearsAs }),
      ...(name.bidiControls.length > 0 && { hiddenCharacters: name.bidiControls }),
      extension: ext === "" ? null : `.${ext}`,
      contentType: revealHidden(attachment.contentType),
      size: attachment.size >= 0 ? `${attachment.size} bytes` : null,
    },
    tip: attachmentRisk.meta.tip,
  };
}

export const attachmentRisk: Rule = {
  id: "attachment-risk",
  meta: {
    title: "Risky attachment",
    severity: "dangerous",
    tip: "attachment-risk",
    docs: "Checks attachment names and types, never their content, for programs, scripts, disguised names and files that open fake sign-in pages.",
  },
  check(message) {
    // One finding per file, so each shows its own severity; an identical file attached twice counts once.
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const attachment of message.attachments) {
      const key = `${attachment.name}\u0000${attachment.contentType}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const finding = assess(attachment);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
