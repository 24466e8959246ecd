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
