/** Training tips: short, practical, one per kind of finding. Content is data; add a language by adding a key. */

import type { Language } from "../words/language";

export type { Language };

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
  "spf-failed-upstream": {
    en: {
      title: "A clean last step does not clean the whole trip",
      body:
        "Mail passes through several servers. When one of them already found the sender's address was not allowed, " +
        "a later server passing it on does not make it genuine. Treat the sender as unconfirmed.",
    },
    es: {
      title: "Un último paso limpio no limpia todo el viaje",
      body:
        "El correo pasa por varios servidores. Si uno de ellos ya vio que la dirección del remitente no estaba autorizada, " +
        "que otro servidor lo reenvíe después no lo hace auténtico. Trate al remitente como no confirmado.",
    },
  },
  "from-malformed": {
    en: {
      title: "A broken sender line is a warning in itself",
      body:
        "Mail programs always write the sender the same way: a name and one address. A sender line with stray commas, " +
        "brackets that never close or no address at all is made by hand to confuse mail filters. Do not trust the name you see; report the message.",
    },
    es: {
      title: "Una línea de remitente rota ya es una advertencia",
      body:
        "Los programas de correo siempre escriben el remitente igual: un nombre y una dirección. Una línea de remitente con comas sueltas, " +
        "corchetes que no se cierran o sin dirección se hace a mano para confundir a los filtros de correo. No se fíe del nombre que ve; denuncie el mensaje.",
    },
  },
  "brand-impersonation": {
    en: {
      title: "A name is not an address",
      body:
        "The name beside a message is typed by the sender: anyone can call themselves “Microsoft 365” or “DHL”. Look at " +
        "the address after the name. If it is not the company's own domain, reach the company through its app or a bookmark.",
    },
    es: {
      title: "Un nombre no es una dirección",
      body:
        "El nombre que aparece junto a un mensaje lo escribe el remitente: cualquiera puede llamarse “Microsoft 365” o “DHL”. " +
        "Mire la dirección que sigue al nombre. Si no es el dominio de la empresa, entre en ella por su aplicación o un marcador.",
    },
  },
  "sender-unauthenticated": {
    en: {
      title: "Unconfirmed is not the same as genuine",
      body:
        "Your mail server tries to confirm that a message really comes from the domain in its From line. When nothing confirms it, " +
        "the sender could be anyone: be wary of any request to sign in, pay or open a file.",
    },
    es: {
      title: "Sin confirmar no es lo mismo que auténtico",
      body:
        "Su servidor de correo intenta confirmar que un mensaje viene de verdad del dominio de su remitente. Si nada lo confirma, " +
        "el remitente podría ser cualquiera: desconfíe de cualquier petición de iniciar sesión, pagar o abrir un archivo.",
    },
  },
  "sender-on-platform": {
    en: {
      title: "Look at whose address it is",
      body:
        "Addresses like name.firebaseapp.com or name.azurewebsites.net belong to whoever set up an app there, in minutes and for free. " +
        "A bank or a shop writes from its own domain.",
    },
    es: {
      title: "Fíjese de quién es la dirección",
      body:
        "Direcciones como nombre.firebaseapp.com o nombre.azurewebsites.net pertenecen a quien creó allí una aplicación, en minutos y gratis. " +
        "Un banco o una tienda escribe desde su propio dominio.",
    },
  },
  "undisclosed-recipients": {
    en: {
      title: "Who else got this?",
      body:
        "When To and Cc name no one, the message went out as a blind copy to a list you cannot see. " +
        "That is how scams reach thousands at once; a person or service you deal with writes to you by name.",
    },
    es: {
      title: "¿Quién más lo recibió?",
      body:
        "Cuando Para y CC no nombran a nadie, el mensaje salió como copia oculta a una lista que usted no ve. " +
        "Así llegan las estafas a miles de personas a la vez; una persona o un servicio con el que trata le escribe por su nombre.",
    },
  },
  "recipient-in-subject": {
    en: {
      title: "Your address is not a greeting",
      body:
        "Services you use greet you by name. A subject or greeting built from your email address (“jane.doe: verify now”) " +
        "was filled in by a mass mailing that knows nothing about you but the address.",
    },
    es: {
      title: "Su dirección no es un saludo",
      body:
        "Los servicios que usa le saludan por su nombre. Un asunto o saludo hecho con su dirección de correo (“jane.doe: verifique ya”) " +
        "lo rellenó un envío masivo que no sabe de usted más que la dirección.",
    },
  },
  "picture-on-image-host": {
    en: {
      title: "Real companies host their own pictures",
      body:
        "A bank, a shop or a campaign sends pictures from its own site or mailing service. Pictures from a free " +
        "image-sharing site were put there by someone who did not want to be traced: read such a message with care.",
    },
    es: {
      title: "Las empresas reales alojan sus propias imágenes",
      body:
        "Un banco, una tienda o una campaña envía imágenes desde su propio sitio o servicio de correo. Las imágenes de " +
        "un sitio gratuito para compartir imágenes las puso allí alguien que no quería ser rastreado: lea ese mensaje con cuidado.",
    },
  },
  "body-near-empty": {
    en: {
      title: "A picture with a link is a door, not a message",
      body:
        "Messages that are only an image, or a line and a button, hide their words from filters. Do not click: " +
        "if the message might matter, open the service yourself.",
    },
    es: {
      title: "Una imagen con un enlace es una puerta, no un mensaje",
      body:
        "Los mensajes que son solo una imagen, o una línea y un botón, esconden sus palabras de los filtros. No haga clic: " +
        "si el mensaje pudiera importar, abra usted el servicio.",
    },
  },
  "hidden-text": {
    en: {
      title: "What you see is not all there is",
      body:
        "Phishing hides blocks of random text in invisible styles so that filters read a harmless message. " +
        "You cannot see it, but it is a sign the message was built to slip past your defences.",
    },
    es: {
      title: "Lo que ve no es todo lo que hay",
      body:
        "El phishing esconde bloques de texto al azar con estilos invisibles para que los filtros lean un mensaje inofensivo. " +
        "Usted no lo ve, pero es una señal de que el mensaje se construyó para burlar sus defensas.",
    },
  },
  "disguised-text": {
    en: {
      title: "Letters can be in disguise",
      body:
        "An “а” from the Cyrillic alphabet or a bold 𝗮 from Unicode's maths letters looks like the letter you know, but filters see a different character. " +
        "A message that disguises its words has something to hide from them.",
    },
    es: {
      title: "Las letras pueden ir disfrazadas",
      body:
        "Una “а” del alfabeto cirílico o una 𝗮 en negrita de las letras matemáticas de Unicode parecen la letra que conoce, pero los filtros ven otro carácter. " +
        "Un mensaje que disfraza sus palabras tiene algo que esconderles.",
    },
  },
  "machine-made-sender": {
    en: {
      title: "Random senders come in bulk",
      body:
        "People and companies choose addresses you can read. Strings like xunIqVya@… or a name with a “protocol number” are made by software that " +
        "sends thousands of variants so that filters cannot keep up.",
    },
    es: {
      title: "Los remitentes al azar vienen por miles",
      body:
        "Las personas y las empresas eligen direcciones que se pueden leer. Cadenas como xunIqVya@… o un nombre con un “número de protocolo” las crea un programa que " +
        "envía miles de variantes para que los filtros no den abasto.",
    },
  },
  "subject-random-code": {
    en: {
      title: "A code nobody would type",
      body:
        "A string like “RfUVZut0T7MXNK” in the subject is not an order number: software adds it so that each copy of a mass mailing differs " +
        "and filters cannot match them. Real receipts use numbers you can find in your account.",
    },
    es: {
      title: "Un código que nadie escribiría",
      body:
        "Una cadena como “RfUVZut0T7MXNK” en el asunto no es un número de pedido: un programa la añade para que cada copia de un envío masivo sea distinta " +
        "y los filtros no puedan reconocerlas. Los recibos reales usan números que puede encontrar en su cuenta.",
    },
  },
  "sender-abused-ending": {
    en: {
      title: "Cheap names are easy to throw away",
      body:
        "Endings like .top, .xyz or .click cost almost nothing, so phishers buy thousands and drop each one when it is blocked. " +
        "A known company writing to you normally uses the domain you already know.",
    },
    es: {
      title: "Los nombres baratos se tiran sin pena",
      body:
        "Terminaciones como .top, .xyz o .click casi no cuestan nada, así que los estafadores compran miles y abandonan cada una cuando la bloquean. " +
        "Una empresa conocida suele escribirle desde el dominio que usted ya conoce.",
    },
  },
  "link-deceptive-host": {
    en: {
      title: "Find the real end of the address",
      body:
        "In paypal.com.secure-login.net the site is secure-login.net: whatever stands before it, “paypal.com” included, is decoration. " +
        "Read an address up to its first single slash and look at the last two parts.",
    },
    es: {
      title: "Busque el final real de la dirección",
      body:
        "En paypal.com.secure-login.net el sitio es secure-login.net: todo lo que va delante, “paypal.com” incluido, es decoración. " +
        "Lea la dirección hasta la primera barra simple y fíjese en las dos últimas partes.",
    },
  },
  "lure-language": {
    en: {
      title: "Urgency is the hook",
      body:
        "“Your password expires today”, “a document was shared with you”, “your parcel is held”, “you have won”: phishing " +
        "gives you a reason to act at once. The more a message hurries you, the more slowly you should go: open the service yourself, not the link.",
    },
    es: {
      title: "La urgencia es el anzuelo",
      body:
        "“Su contraseña caduca hoy”, “le han compartido un documento”, “su paquete está retenido”, “ha ganado”: el phishing " +
        "le da un motivo para actuar ya. Cuanto más le apure un mensaje, más despacio debe ir: abra usted el servicio, no el enlace.",
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
  "link-lookalike-domain": {
    en: {
      title: "Hover before you click",
      body: "Rest the pointer on a link (or press and hold on a phone) to see where it really goes. A name that looks like a trusted site but is spelled, ended or decorated differently belongs to someone else.",
    },
    es: {
      title: "Pase el cursor antes de hacer clic",
      body: "Apoye el puntero sobre un enlace (o manténgalo pulsado en el teléfono) para ver a dónde va de verdad. Un nombre parecido a un sitio de confianza pero escrito, terminado o adornado distinto pertenece a otra persona.",
    },
  },
  "link-text-mismatch": {
    en: {
      title: "The words of a link can say anything",
      body: "A link can show senate.gov and open any other site. Look at where it goes, not what it says, and for anything important type the address yourself.",
    },
    es: {
      title: "El texto de un enlace puede decir cualquier cosa",
      body: "Un enlace puede mostrar senate.gov y abrir cualquier otro sitio. Fíjese en a dónde va, no en lo que dice, y para lo importante escriba usted la dirección.",
    },
  },
  "link-disguised-host": {
    en: {
      title: "Read the address after the @ and the //",
      body: "In https://www.office.com-login@evil.example/ the real site is evil.example: everything before the @ is decoration. Numeric or encoded addresses hide the site’s name altogether.",
    },
    es: {
      title: "Lea la dirección después de la @ y de //",
      body: "En https://www.office.com-login@evil.example/ el sitio real es evil.example: todo lo anterior a la @ es decorado. Las direcciones numéricas o codificadas esconden por completo el nombre del sitio.",
    },
  },
  "link-dangerous-scheme": {
    en: {
      title: "Links should open web pages",
      body: "A link that starts with javascript:, data: or file: does not open a website: it runs something or opens a file. Legitimate mail does not need that.",
    },
    es: {
      title: "Los enlaces deben abrir páginas web",
      body: "Un enlace que empieza por javascript:, data: o file: no abre un sitio web: ejecuta algo o abre un archivo. El correo legítimo no lo necesita.",
    },
  },
  "form-offsite": {
    en: {
      title: "Never type passwords into an email",
      body: "Real services send you to their own site to sign in. A form inside a message sends what you type to whoever wrote it.",
    },
    es: {
      title: "Nunca escriba contraseñas en un correo",
      body: "Los servicios reales le llevan a su propio sitio para iniciar sesión. Un formulario dentro de un mensaje envía lo que escribe a quien lo redactó.",
    },
  },
  "link-shortener-hosting": {
    en: {
      title: "Shortened and free-hosted links hide their owner",
      body: "bit.ly links and pages on free platforms such as *.web.app or *.run.app can be made by anyone in minutes. Be extra careful when such a link asks you to sign in.",
    },
    es: {
      title: "Los enlaces acortados o en alojamiento gratuito ocultan a su dueño",
      body: "Los enlaces bit.ly y las páginas en plataformas gratuitas como *.web.app o *.run.app las crea cualquiera en minutos. Extreme la cautela si un enlace así le pide iniciar sesión.",
    },
  },
  "qr-code-link": {
    en: {
      title: "Don't sign in through a QR code in an email",
      body: "A QR code hides where it leads, and your phone opens it outside the protections of your work computer. Real services do not ask you to scan a code to re-validate MFA, unlock a mailbox or read a document: open the site or app you know instead.",
    },
    es: {
      title: "No inicie sesión a través de un código QR de un correo",
      body: "Un código QR oculta adónde lleva, y su teléfono lo abre fuera de las protecciones de su ordenador de trabajo. Los servicios reales no le piden escanear un código para revalidar la MFA, desbloquear el buzón o leer un documento: abra usted el sitio o la aplicación que conoce.",
    },
  },
  "credential-lure": {
    en: {
      title: "Sign in only where you always do",
      body: "A message about your Microsoft 365, DocuSign or Senate account should never need a link: open the site from your bookmarks and check there.",
    },
    es: {
      title: "Inicie sesión solo donde lo hace siempre",
      body: "Un mensaje sobre su cuenta de Microsoft 365, DocuSign o del Senado nunca debería necesitar un enlace: abra el sitio desde sus marcadores y compruébelo allí.",
    },
  },
  "attachment-risk": {
    en: {
      title: "Check what an attachment really is",
      body: "A file's ending decides what it does: .exe, .js, .lnk, .iso or .rdp files run programs, .html and .svg files open web pages that ask for your password, and macros in .docm or .xlsm files can install malware. Attackers disguise them with names like invoice.pdf.exe or hidden characters. Open only files you expected, and if in doubt ask the sender by phone.",
    },
    es: {
      title: "Compruebe qué es realmente un adjunto",
      body: "La terminación de un archivo decide lo que hace: los archivos .exe, .js, .lnk, .iso o .rdp ejecutan programas, los .html y .svg abren páginas web que piden su contraseña, y las macros de los .docm o .xlsm pueden instalar software malicioso. Los atacantes los disfrazan con nombres como factura.pdf.exe o con caracteres ocultos. Abra solo los archivos que esperaba y, si tiene dudas, pregunte al remitente por teléfono.",
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

/** Every tip in one language, in the order they are written (the pane's "Learn" view). */
export function allTips(language: Language = "en"): { id: string; tip: Tip }[] {
  return Object.entries(TIPS).map(([id, tips]) => ({ id, tip: tips[language] }));
}

export function hasTip(id: string): boolean {
  return id in TIPS;
}
