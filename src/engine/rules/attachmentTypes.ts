import type { Severity } from "../analysis";

/** What an attachment's extension makes it, in words for the pane. */
export interface FileKind {
  severity: Severity;
  /** "a program": completes "It is …". */
  what: string;
  /** One sentence on why that matters. */
  risk: string;
  /**
   * Wrapping another file is what it is for, so "report.pdf.zip" is normal and not a disguise. Only
   * archives are containers.
   */
  container?: true;
}

const GROUPS: readonly (FileKind & { extensions: string })[] = [
  {
    severity: "dangerous",
    what: "a program",
    risk: "Opening it runs code on your computer.",
    extensions: "exe scr com pif cpl dll xll msc jar application appref-ms gadget xbap",
  },
  {
    severity: "dangerous",
    what: "an app installer",
    risk: "Opening it installs software on your device.",
    extensions: "msi msix msixbundle appx appxbundle msp pkg apk",
  },
  {
    severity: "dangerous",
    what: "a script",
    risk: "Opening it runs commands on your computer.",
    extensions: "bat cmd ps1 psm1 vbs vbe js jse wsf wsh ws wsc sct hta command",
  },
  {
    severity: "dangerous",
    what: "a shortcut or Windows settings file",
    risk: "Opening it can run commands, change settings or fetch malware from the internet.",
    extensions: "lnk url scf reg inf iqy settingcontent-ms library-ms search-ms searchconnector-ms",
  },
  {
    // Russian intelligence mailed signed .rdp files to government, NGO and academic staff in 2024.
    severity: "dangerous",
    what: "a Remote Desktop connection file",
    risk: "Opening it connects your computer to one the sender controls, which can then reach your files.",
    extensions: "rdp",
  },
  {
    severity: "dangerous",
    what: "a compiled Help file",
    risk: "Opening it can run hidden code.",
    extensions: "chm",
  },
  {
    severity: "dangerous",
    what: "a disk image",
    risk: "Disk images are used to slip programs past security checks.",
    extensions: "iso img vhd vhdx dmg",
  },
  {
    severity: "dangerous",
    what: "a OneNote file",
    risk: "Attackers hide programs in OneNote files behind a fake “click to view” button.",
    extensions: "one onepkg",
  },
  {
    severity: "suspicious",
    what: "an Office file with macros",
    risk: "Macros can install malware: never click “Enable content” in a file you did not expect.",
    extensions: "docm xlsm pptm dotm xltm xlam ppam ppsm sldm",
  },
  {
    severity: "suspicious",
    what: "a web page",
    risk: "Attached web pages usually show a fake sign-in page that sends your password to the attacker.",
    extensions: "html htm shtml xhtml mht mhtml",
  },
  {
    severity: "suspicious",
    what: "an SVG image",
    risk: "SVG images can carry a web page: attackers use them to open a fake sign-in page in your browser.",
    extensions: "svg",
  },
  {
    severity: "suspicious",
    what: "a compressed archive",
    risk: "Archives can hide programs from mail scanners, above all when the message gives a password to open them.",
    extensions: "zip rar 7z gz tgz tar cab ace arj lzh xz bz2",
    container: true,
  },
];

/** Risky extensions (lower case, no dot) and what they are. */
export const FILE_KINDS: ReadonlyMap<string, FileKind> = new Map(
  GROUPS.flatMap(({ extensions, ...kind }) => extensions.split(" ").map((ext) => [ext, kind] as const)),
);

/** Everyday document and media endings that a disguised file pretends to have ("invoice.pdf.exe"). */
export const DECOY_EXTENSIONS: ReadonlySet<string> = new Set(
  "pdf doc docx xls xlsx ppt pptx odt ods txt rtf csv jpg jpeg png gif mp3 mp4 wav mov".split(" "),
);

/** MIME types that mark a file as a program or script, whatever its name says. */
export const EXECUTABLE_CONTENT_TYPES: ReadonlySet<string> = new Set([
  "application/x-msdownload",
  "application/x-msdos-program",
  "application/x-ms-dos-executable",
  "application/x-dosexec",
  "application/x-executable",
  "application/x-winexe",
  "application/exe",
  "application/x-exe",
  "application/vnd.microsoft.portable-executable",
  "application/x-msi",
  "application/x-ms-installer",
  "application/x-ms-shortcut",
  "application/x-ms-application",
  "application/hta",
  "application/x-bat",
  "application/bat",
  "application/x-sh",
  "application/x-shellscript",
  "application/java-archive",
  "application/x-java-archive",
  "application/javascript",
  "application/x-javascript",
  "text/javascript",
  "text/vbscript",
  "application/vnd.android.package-archive",
]);
