import { worst, type Severity } from "../analysis";
import type { AttachmentInfo } from "../message";
import type { Language } from "../words/language";
import { describeName, revealHidden } from "./support/attachmentName";
import {
  DECOY_EXTENSIONS,
  EXECUTABLE_CONTENT_TYPES,
  EXTENSION_FAMILY,
  FILE_KINDS,
  typeFamily,
} from "./support/attachmentTypes";
import { defineRule, type Report } from "./support/rule";

type Words = Readonly<Record<Language, string>>;

/** One thing found about an attachment; each becomes a sentence. */
type Reason =
  | { kind: "reversed"; appearsAs: string }
  | { kind: "bidi"; codes: string[] }
  | { kind: "padded"; ext: string }
  | { kind: "decoy"; previous: string; ext: string; what: Words }
  | { kind: "type"; ext: string; what: Words; really: boolean }
  | { kind: "risk"; risk: Words }
  | { kind: "labelled"; ext: string; contentType: string }
  | { kind: "mismatch"; ext: string; contentType: string };

interface Data {
  name: string;
  severity: Severity;
  reasons: Reason[];
}

const TITLES: Record<Language, Record<Severity, string>> = {
  en: {
    dangerous: "Dangerous attachment",
    suspicious: "Risky attachment",
    caution: "Attachment may not be what its name says",
  },
  es: {
    dangerous: "Adjunto peligroso",
    suspicious: "Adjunto de riesgo",
    caution: "El adjunto puede no ser lo que dice su nombre",
  },
};

const ADVICE: Record<Language, Record<Severity, string>> = {
  en: {
    dangerous: "Do not open it, not even to take a look; report the message.",
    suspicious:
      "Do not open it unless you were expecting exactly this file from this sender; if in doubt, check with them by phone, and report the message if they did not send it.",
    caution:
      "Do not open it until the sender confirms, by phone or in a new email, what it is; report the message if they did not send it.",
  },
  es: {
    dangerous: "No lo abra, ni siquiera para echar un vistazo; denuncie el mensaje.",
    suspicious:
      "No lo abra salvo que esperara exactamente este archivo de este remitente; si duda, compruébelo con él por teléfono, y denuncie el mensaje si no lo envió.",
    caution:
      "No lo abra hasta que el remitente le confirme, por teléfono o en un correo nuevo, qué es; denuncie el mensaje si no lo envió.",
  },
};

/** A reason in English; `first` says whether it opens the paragraph ("This attachment" or "It"). */
function english(r: Reason, first: boolean): string {
  const it = first ? "This attachment" : "It";
  const its = first ? "This attachment's" : "Its";
  switch (r.kind) {
    case "reversed":
      return `${its} name hides a control character that reverses part of it, so it shows as “${r.appearsAs}”.`;
    case "bidi": {
      const codes = r.codes.join(", ");
      const what =
        r.codes.length === 1
          ? `an invisible control character (${codes}) that can change`
          : `invisible control characters (${codes}) that can change`;
      return `${its} name hides ${what} the order in which it is shown.`;
    }
    case "padded":
      return `${its} name is padded with spaces that push the real ending, .${r.ext}, out of view.`;
    case "decoy":
      return `${it} is named to look like a .${r.previous} file but is really ${r.what.en} (.${r.ext}).`;
    case "type":
      return `${it} is ${r.really ? "really " : ""}${r.what.en} (.${r.ext}).`;
    case "risk":
      return r.risk.en;
    case "labelled": {
      const named = r.ext === "" ? `${it} has no file ending` : `${its} name ends in .${r.ext}`;
      return `${named}, but the message labels it ${r.contentType}, the type used for programs.`;
    }
    case "mismatch":
      return `${its} name ends in .${r.ext}, but the message labels it ${r.contentType}: the file is not what its name says.`;
  }
}

/** The same in Spanish, which drops the pronoun after the first sentence. */
function spanish(r: Reason, first: boolean): string {
  const name = first ? "El nombre de este adjunto" : "Su nombre";
  switch (r.kind) {
    case "reversed":
      return `${name} esconde un carácter de control que invierte parte del nombre, así que se muestra como “${r.appearsAs}”.`;
    case "bidi": {
      const codes = r.codes.join(", ");
      const what =
        r.codes.length === 1
          ? `un carácter de control invisible (${codes}) que puede cambiar`
          : `caracteres de control invisibles (${codes}) que pueden cambiar`;
      return `${name} esconde ${what} el orden en que se muestra.`;
    }
    case "padded":
      return `${name} está relleno de espacios que dejan fuera de la vista la terminación real, .${r.ext}.`;
    case "decoy":
      return `${first ? "Este adjunto tiene" : "Tiene"} un nombre que imita un archivo .${r.previous}, pero en realidad es ${r.what.es} (.${r.ext}).`;
    case "type":
      return `${first ? "Este adjunto es" : "Es"} ${r.really ? "en realidad " : ""}${r.what.es} (.${r.ext}).`;
    case "risk":
      return r.risk.es;
    case "labelled": {
      const named =
        r.ext === ""
          ? `${first ? "Este adjunto no tiene" : "No tiene"} terminación de archivo`
          : `${name} termina en .${r.ext}`;
      return `${named}, pero el mensaje lo declara como ${r.contentType}, el tipo que se usa para programas.`;
    }
    case "mismatch":
      return `${name} termina en .${r.ext}, pero el mensaje lo declara como ${r.contentType}: el archivo no es lo que dice su nombre.`;
  }
}

function paragraph(d: Data, sentence: (r: Reason, first: boolean) => string, language: Language): string {
  return [...d.reasons.map((r, i) => sentence(r, i === 0)), ADVICE[language][d.severity]].join(" ");
}

const messages = {
  attachment: {
    title: {
      en: (d: Data) => `${TITLES.en[d.severity]}: ${d.name}`,
      es: (d: Data) => `${TITLES.es[d.severity]}: ${d.name}`,
    },
    detail: {
      en: (d: Data) => paragraph(d, english, "en"),
      es: (d: Data) => paragraph(d, spanish, "es"),
    },
  },
};

/**
 * What one attachment's name and declared type give away, with the severity they add up to.
 * `declaredType` is false for Outlook, whose content types are guessed from the name.
 */
function assess(attachment: AttachmentInfo, declaredType: boolean): Report<typeof messages> | undefined {
  const name = describeName(attachment.name);
  const { previousExtension: previous } = name;
  const contentType = attachment.contentType.split(";")[0].trim().toLowerCase();
  // An attached message (an Outlook item has no file ending) is read as an .eml file.
  const attachedMessage = attachment.kind === "item" || contentType === "message/rfc822";
  const ext = attachedMessage && !FILE_KINDS.has(name.extension) ? "eml" : name.extension;
  const kind = FILE_KINDS.get(ext);
  const decoy = kind !== undefined && !kind.container && previous !== ext && DECOY_EXTENSIONS.has(previous);
  const reasons: Reason[] = [];
  let severity: Severity | undefined;
  const add = (s: Severity, reason: Reason) => {
    severity = severity ? (worst(severity, s) as Severity) : s;
    reasons.push(reason);
  };

  if (name.appearsAs !== undefined) add("dangerous", { kind: "reversed", appearsAs: name.appearsAs });
  else if (name.bidiControls.length > 0) add("dangerous", { kind: "bidi", codes: name.bidiControls });
  if (name.padded && kind) add("dangerous", { kind: "padded", ext });
  if (kind) {
    const disguised = reasons.length > 0;
    if (decoy) add("dangerous", { kind: "decoy", previous, ext, what: kind.what });
    else add(kind.severity, { kind: "type", ext, what: kind.what, really: disguised });
    reasons.push({ kind: "risk", risk: kind.risk });
  }
  if (declaredType && kind?.severity !== "dangerous" && EXECUTABLE_CONTENT_TYPES.has(contentType)) {
    add("caution", { kind: "labelled", ext, contentType });
  } else if (declaredType && !attachedMessage) {
    const named = EXTENSION_FAMILY.get(ext);
    const declared = typeFamily(contentType);
    if (named && declared && named !== declared) add("caution", { kind: "mismatch", ext, contentType });
  }

  if (severity === undefined) return undefined;
  // Inline pictures are drawn in the body, never opened: only a name built to deceive counts there.
  if (attachment.inline && contentType.startsWith("image/") && severity !== "dangerous") return undefined;
  return {
    message: "attachment",
    data: { name: name.visible, severity, reasons },
    severity,
    evidence: {
      name: name.visible,
      ...(name.appearsAs !== undefined && { appearsAs: name.appearsAs }),
      ...(name.bidiControls.length > 0 && { hiddenCharacters: name.bidiControls }),
      extension: ext === "" ? null : `.${ext}`,
      contentType: revealHidden(attachment.contentType),
      size: attachment.size >= 0 ? `${attachment.size} bytes` : null,
    },
  };
}

export const attachmentRisk = defineRule({
  id: "attachment-risk",
  meta: {
    category: "attachments",
    severity: "dangerous",
    tip: "attachment-risk",
    docs: "Checks attachment names and types, never their content, for programs, scripts, configuration profiles, disguised names, names that contradict the declared type, attached messages and files that open fake sign-in pages.",
    messages,
  },
  check(facts) {
    // One finding per file, so each shows its own severity; an identical file attached twice counts once.
    const seen = new Set<string>();
    const reports: Report<typeof messages>[] = [];
    const declaredType = facts.message.source !== "outlook";
    for (const attachment of facts.message.attachments) {
      const key = `${attachment.name}\u0000${attachment.contentType}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const report = assess(attachment, declaredType);
      if (report) reports.push(report);
    }
    return reports;
  },
});
