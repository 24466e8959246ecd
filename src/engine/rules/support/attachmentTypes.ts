import type { Severity } from "../../analysis";
import type { Language } from "../../words/language";

/** What an attachment's extension makes it, in words for the pane. */
export interface FileKind {
  severity: Severity;
  /** "a program": completes "It is …". */
  what: Readonly<Record<Language, string>>;
  /** One sentence on why that matters. */
  risk: Readonly<Record<Language, string>>;
  /**
   * Wrapping another file is what it is for, so "report.pdf.zip" is normal and not a disguise. Only
   * archives are containers.
   */
  container?: true;
}

const GROUPS: readonly (FileKind & { extensions: string })[] = [
  {
    severity: "dangerous",
    what: { en: "a program", es: "un programa" },
    risk: {
      en: "Opening it runs code on your computer.",
      es: "Al abrirlo se ejecuta código en su equipo.",
    },
    extensions: "exe scr com pif cpl dll xll msc jar application appref-ms gadget xbap",
  },
  {
    severity: "dangerous",
    what: { en: "an app installer", es: "un instalador de aplicaciones" },
    risk: {
      en: "Opening it installs software on your device.",
      es: "Al abrirlo se instala software en su dispositivo.",
    },
    extensions: "msi msix msixbundle appx appxbundle msp pkg apk",
  },
  {
    severity: "dangerous",
    what: { en: "a script", es: "un script" },
    risk: {
      en: "Opening it runs commands on your computer.",
      es: "Al abrirlo se ejecutan órdenes en su equipo.",
    },
    extensions: "bat cmd ps1 psm1 vbs vbe js jse wsf wsh ws wsc sct hta command",
  },
  {
    severity: "dangerous",
    what: {
      en: "a shortcut or Windows settings file",
      es: "un acceso directo o un archivo de configuración de Windows",
    },
    risk: {
      en: "Opening it can run commands, change settings or fetch malware from the internet.",
      es: "Al abrirlo puede ejecutar órdenes, cambiar la configuración o descargar malware de internet.",
    },
    extensions: "lnk url scf reg inf iqy settingcontent-ms library-ms search-ms searchconnector-ms",
  },
  {
    // Russian intelligence mailed signed .rdp files to government, NGO and academic staff in 2024.
    severity: "dangerous",
    what: { en: "a Remote Desktop connection file", es: "un archivo de conexión a Escritorio remoto" },
    risk: {
      en: "Opening it connects your computer to one the sender controls, which can then reach your files.",
      es: "Al abrirlo, su equipo se conecta a otro que controla el remitente, que así puede llegar a sus archivos.",
    },
    extensions: "rdp",
  },
  {
    severity: "dangerous",
    what: { en: "a compiled Help file", es: "un archivo de Ayuda compilado" },
    risk: {
      en: "Opening it can run hidden code.",
      es: "Al abrirlo puede ejecutar código oculto.",
    },
    extensions: "chm",
  },
  {
    severity: "dangerous",
    what: { en: "a disk image", es: "una imagen de disco" },
    risk: {
      en: "Disk images are used to slip programs past security checks.",
      es: "Las imágenes de disco se usan para colar programas sin pasar los controles de seguridad.",
    },
    extensions: "iso img vhd vhdx dmg",
  },
  {
    severity: "dangerous",
    what: { en: "a OneNote file", es: "un archivo de OneNote" },
    risk: {
      en: "Attackers hide programs in OneNote files behind a fake “click to view” button.",
      es: "Los atacantes esconden programas en archivos de OneNote detrás de un falso botón “haga clic para ver”.",
    },
    extensions: "one onepkg",
  },
  {
    // Configuration profiles install VPNs, certificates and device management on iPhones and Macs.
    severity: "dangerous",
    what: { en: "an Apple configuration profile", es: "un perfil de configuración de Apple" },
    risk: {
      en: "Installing it lets the sender change your iPhone's or Mac's settings, route your traffic through them or read your mail.",
      es: "Instalarlo permite al remitente cambiar los ajustes de su iPhone o Mac, desviar su tráfico o leer su correo.",
    },
    extensions: "mobileconfig",
  },
  {
    severity: "suspicious",
    what: { en: "an Office file with macros", es: "un archivo de Office con macros" },
    risk: {
      en: "Macros can install malware: never click “Enable content” in a file you did not expect.",
      es: "Las macros pueden instalar malware: nunca pulse “Habilitar contenido” en un archivo que no esperaba.",
    },
    extensions: "docm xlsm pptm dotm xltm xlam ppam ppsm sldm",
  },
  {
    severity: "suspicious",
    what: { en: "a web page", es: "una página web" },
    risk: {
      en: "Attached web pages usually show a fake sign-in page that sends your password to the attacker.",
      es: "Las páginas web adjuntas suelen mostrar una página de inicio de sesión falsa que envía su contraseña al atacante.",
    },
    extensions: "html htm shtml xhtml mht mhtml",
  },
  {
    severity: "suspicious",
    what: { en: "an SVG image", es: "una imagen SVG" },
    risk: {
      en: "SVG images can carry a web page: attackers use them to open a fake sign-in page in your browser.",
      es: "Las imágenes SVG pueden llevar una página web: los atacantes las usan para abrir una página de inicio de sesión falsa en su navegador.",
    },
    extensions: "svg",
  },
  {
    severity: "suspicious",
    what: { en: "a compressed archive", es: "un archivo comprimido" },
    risk: {
      en: "Archives can hide programs from mail scanners, above all when the message gives a password to open them.",
      es: "Los archivos comprimidos pueden esconder programas de los analizadores de correo, sobre todo cuando el mensaje da una contraseña para abrirlos.",
    },
    extensions: "zip rar 7z gz tgz tar cab ace arj lzh xz bz2",
    container: true,
  },
  {
    // A message inside a message: its links and attachments are one step further from the filters.
    severity: "caution",
    what: { en: "an email message", es: "un mensaje de correo" },
    risk: {
      en: "Phishers attach a whole message so that mail filters do not look inside it: open it only if you expected it.",
      es: "Los estafadores adjuntan un mensaje entero para que los filtros de correo no miren dentro: ábralo solo si lo esperaba.",
    },
    extensions: "eml msg",
    container: true,
  },
];

/** What a declared content type says a file is, for the families a name can contradict. */
export type TypeFamily = "pdf" | "image" | "html" | "office" | "program";

/** The family an extension belongs to, for the endings whose type is well known. */
export const EXTENSION_FAMILY: ReadonlyMap<string, TypeFamily> = new Map([
  ...("pdf".split(" ").map((e) => [e, "pdf"]) as [string, TypeFamily][]),
  ...("jpg jpeg png gif bmp webp tif tiff heic".split(" ").map((e) => [e, "image"]) as [
    string,
    TypeFamily,
  ][]),
  ...("html htm shtml xhtml".split(" ").map((e) => [e, "html"]) as [string, TypeFamily][]),
  ...("doc docx xls xlsx ppt pptx odt ods odp rtf".split(" ").map((e) => [e, "office"]) as [
    string,
    TypeFamily,
  ][]),
]);

/** The family of a declared content type, or undefined for anything vague (octet-stream) or other. */
export function typeFamily(contentType: string): TypeFamily | undefined {
  if (contentType === "application/pdf" || contentType === "application/x-pdf") return "pdf";
  if (contentType.startsWith("image/") && contentType !== "image/svg+xml") return "image";
  if (contentType === "text/html" || contentType === "application/xhtml+xml") return "html";
  if (/^application\/(?:msword|vnd\.ms-|vnd\.openxmlformats|vnd\.oasis\.opendocument|rtf)/.test(contentType))
    return "office";
  if (EXECUTABLE_CONTENT_TYPES.has(contentType)) return "program";
  return undefined;
}

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
