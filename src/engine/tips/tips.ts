/** Training tips: short, practical, one per kind of finding. Content is data; add a language by adding a key. */

export type Language = "en" | "es";

export interface Tip {
  title: string;
  body: string;
}

const TIPS: Record<string, Record<Language, Tip>> = {
  "known-spoof-domain": {
    en: {
      title: "Read the whole domain, right to left",
      body:
        "Attackers register names that look official, like senate.group or adfs-senate.services. " +
        "The real owner is the part just before the last dot and what follows it: senate.gov is the Senate, " +
        "senate.group is not. When a message asks you to sign in, type the address you know instead of clicking.",
    },
    es: {
      title: "Lea el dominio completo, de derecha a izquierda",
      body:
        "Los atacantes registran nombres que parecen oficiales, como senate.group o adfs-senate.services. " +
        "El dueño real es la parte justo antes del último punto y lo que sigue: senate.gov es el Senado, " +
        "senate.group no lo es. Si un mensaje le pide iniciar sesión, escriba usted la dirección que conoce en vez de hacer clic.",
    },
  },
  "lookalike-domain": {
    en: {
      title: "A familiar name is not a trusted address",
      body:
        "Look-alike domains borrow a trusted name and change one thing: the ending, a letter, or extra words around it. " +
        "Trust only the addresses you know, and reach the organisation through a bookmark or an address you type yourself.",
    },
    es: {
      title: "Un nombre conocido no es una dirección de confianza",
      body:
        "Los dominios imitadores toman un nombre de confianza y cambian algo: la terminación, una letra o palabras añadidas. " +
        "Confíe solo en las direcciones que conoce y llegue a la organización por un marcador o una dirección que escriba usted.",
    },
  },
  "lookalike-homograph": {
    en: {
      title: "Some letters only look the same",
      body:
        "A Cyrillic “е”, an accented “é”, “rn” for “m” or a zero for an “o” look identical at a glance. " +
        "You cannot spot them by eye, so never trust an address because it looks right: use one you already know.",
    },
    es: {
      title: "Algunas letras solo parecen iguales",
      body:
        "Una “е” cirílica, una “é” con acento, “rn” en lugar de “m” o un cero por una “o” se ven idénticos a simple vista. " +
        "No se pueden detectar a ojo: no confíe en una dirección porque parezca correcta; use una que ya conozca.",
    },
  },
  "lookalike-target-embedding": {
    en: {
      title: "Only the end of the address counts",
      body:
        "senate.gov-login.com and hudsonorg-my-sharepoint.com belong to whoever registered them, not to the Senate or Hudson. " +
        "Read the domain from the right: the owner is the part just before the ending, whatever comes first.",
    },
    es: {
      title: "Solo cuenta el final de la dirección",
      body:
        "senate.gov-login.com y hudsonorg-my-sharepoint.com pertenecen a quien los registró, no al Senado ni a Hudson. " +
        "Lea el dominio desde la derecha: el dueño es la parte justo antes de la terminación, venga lo que venga antes.",
    },
  },
  "lookalike-tld-swap": {
    en: {
      title: "Check the ending",
      body:
        "senate.group is not senate.gov. Anyone can buy a trusted name with another ending such as .group, .services or .email. " +
        "If the ending is not the one you know, treat the message as coming from a stranger.",
    },
    es: {
      title: "Revise la terminación",
      body:
        "senate.group no es senate.gov. Cualquiera puede comprar un nombre de confianza con otra terminación, como .group, .services o .email. " +
        "Si la terminación no es la que conoce, trate el mensaje como si viniera de un desconocido.",
    },
  },
  "lookalike-brand-token": {
    en: {
      title: "A name with extra words is a different address",
      body:
        "adfs-senate.services and my-iri.org were registered by attackers. A trusted name joined with words like login, my, secure or adfs " +
        "is one of the commonest phishing tricks. The real organisation uses its own domain, not a longer one.",
    },
    es: {
      title: "Un nombre con palabras añadidas es otra dirección",
      body:
        "adfs-senate.services y my-iri.org fueron registrados por atacantes. Un nombre de confianza unido a palabras como login, my, secure o adfs " +
        "es uno de los trucos de phishing más comunes. La organización real usa su propio dominio, no uno más largo.",
    },
  },
  "lookalike-typo": {
    en: {
      title: "One wrong letter",
      body:
        "hudsom.org is not hudson.org. Attackers register names one letter off and count on you reading fast. " +
        "Slow down whenever a message asks you to sign in, pay or open a shared file.",
    },
    es: {
      title: "Una letra equivocada",
      body:
        "hudsom.org no es hudson.org. Los atacantes registran nombres con una letra cambiada y cuentan con que usted lea rápido. " +
        "Vaya despacio cuando un mensaje le pida iniciar sesión, pagar o abrir un archivo compartido.",
    },
  },
  "lookalike-idn-spoof": {
    en: {
      title: "Foreign letters in an address",
      body:
        "This address mixes alphabets or uses characters that browsers block as deceptive. " +
        "U.S. organisations almost never use such addresses; do not sign in or download anything from it.",
    },
    es: {
      title: "Letras extranjeras en una dirección",
      body:
        "Esta dirección mezcla alfabetos o usa caracteres que los navegadores bloquean por engañosos. " +
        "Las organizaciones de EE. UU. casi nunca usan direcciones así; no inicie sesión ni descargue nada desde ella.",
    },
  },
  "sender-auth-failed": {
    en: {
      title: "A familiar From address can be forged",
      body:
        "Anyone can type any From address, just as anyone can write any return address on an envelope. " +
        "Your mail server checks whether the real domain vouches for the message; when that fails, the name you see proves nothing.",
    },
    es: {
      title: "Una dirección de remitente conocida se puede falsificar",
      body:
        "Cualquiera puede escribir cualquier dirección de remitente, como cualquiera puede poner cualquier remite en un sobre. " +
        "Su servidor comprueba si el dominio real respalda el mensaje; si eso falla, el nombre que ve no prueba nada.",
    },
  },
  "sender-misaligned": {
    en: {
      title: "Who really sent it?",
      body:
        "Behind the From line every message has a technical sender. When none of it belongs to the organisation in the From line, " +
        "the message was sent by someone else's servers. Newsletters do this legitimately; requests to sign in or pay should not.",
    },
    es: {
      title: "¿Quién lo envió de verdad?",
      body:
        "Detrás de la línea De, cada mensaje tiene un remitente técnico. Si nada de eso pertenece a la organización de la línea De, " +
        "el mensaje salió de servidores de otra persona. Los boletines lo hacen legítimamente; las peticiones de iniciar sesión o pagar no deberían.",
    },
  },
  "reply-to-elsewhere": {
    en: {
      title: "Check where your reply goes",
      body:
        "Before replying, look at the address your reply will go to. Impersonators write as someone you trust " +
        "and set replies to go to their own mailbox. When in doubt, start a new message to the address you know.",
    },
    es: {
      title: "Revise a dónde va su respuesta",
      body:
        "Antes de responder, mire la dirección a la que irá su respuesta. Los suplantadores escriben como alguien de confianza " +
        "y hacen que las respuestas lleguen a su propio buzón. Si duda, escriba un mensaje nuevo a la dirección que conoce.",
    },
  },
  "display-name-impersonation": {
    en: {
      title: "Look past the name to the address",
      body:
        "Mail programs show the sender's name first, and anyone can choose any name: “U.S. Senate IT” or your campaign manager's. " +
        "Tap or hover over the name to see the address; if it is not the one you know, confirm by phone.",
    },
    es: {
      title: "Mire la dirección, no solo el nombre",
      body:
        "Los programas de correo muestran primero el nombre del remitente, y cualquiera puede elegir cualquier nombre: “U.S. Senate IT” o el de su jefe de campaña. " +
        "Toque o pase el cursor sobre el nombre para ver la dirección; si no es la que conoce, confirme por teléfono.",
    },
  },
  "free-tenant-sender": {
    en: {
      title: "onmicrosoft.com is not an organisation",
      body:
        "Every new Microsoft 365 subscription gets a free name.onmicrosoft.com address, and phishers open them by the thousand. " +
        "Organisations you deal with write from their own domain.",
    },
    es: {
      title: "onmicrosoft.com no es una organización",
      body:
        "Cada nueva suscripción de Microsoft 365 recibe una dirección gratuita nombre.onmicrosoft.com, y los atacantes las abren por miles. " +
        "Las organizaciones con las que trata escriben desde su propio dominio.",
    },
  },
};

const FALLBACK: Record<Language, Tip> = {
  en: {
    title: "When in doubt, check another way",
    body: "If a message surprises you or asks for a password, money or a file, confirm with the sender by phone or a new email you type yourself.",
  },
  es: {
    title: "Si tiene dudas, verifique por otra vía",
    body: "Si un mensaje le sorprende o le pide una contraseña, dinero o un archivo, confírmelo con el remitente por teléfono o en un correo nuevo que escriba usted.",
  },
};

export function tipFor(id: string, language: Language = "en"): Tip {
  return TIPS[id]?.[language] ?? FALLBACK[language];
}

export function hasTip(id: string): boolean {
  return id in TIPS;
}
