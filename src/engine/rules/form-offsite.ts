import { linksEvidence } from "./support/linkEvidence";
import { defineRule } from "./support/rule";

interface Data {
  /** Where the form sends what is typed. */
  target: string;
  /** The sender's own domain, when known. */
  own?: string;
}

export const formOffsite = defineRule({
  id: "form-offsite",
  meta: {
    category: "links",
    severity: "caution",
    tip: "form-offsite",
    docs: "An HTML form in the message whose action posts to a domain other than the sender's: a caution (newsletters embed sign-up and search forms), dangerous when it asks for a password.",
    messages: {
      form: {
        title: {
          en: (d: Data) => `A form in the message sends your answers to ${d.target}`,
          es: (d: Data) => `Un formulario del mensaje envía sus respuestas a ${d.target}`,
        },
        detail: {
          en: (d: Data) =>
            `Whatever you type into this message's form goes to ${d.target}${d.own ? `, not to ${d.own}` : ""}. Do not enter anything you would not post publicly.`,
          es: (d: Data) =>
            `Lo que escriba en el formulario de este mensaje va a ${d.target}${d.own ? `, no a ${d.own}` : ""}. No escriba nada que no publicaría abiertamente.`,
        },
      },
      password: {
        title: {
          en: () => "The message asks for a password in a form",
          es: () => "El mensaje pide una contraseña en un formulario",
        },
        detail: {
          en: (d: Data) =>
            `This message contains a password box whose contents go to ${d.target}. No real service asks for your password inside an email.`,
          es: (d: Data) =>
            `Este mensaje contiene un campo de contraseña cuyo contenido va a ${d.target}. Ningún servicio real le pide la contraseña dentro de un correo.`,
        },
      },
    },
  },
  check(facts) {
    const own = facts.from?.domain?.host.registrable;
    const forms = facts.links.rows.filter(
      (r) => r.source === "form" && r.registrable !== undefined && r.registrable !== own,
    );
    if (forms.length === 0) return [];
    const data = { target: forms[0].registrable ?? "", ...(own ? { own } : {}) };
    const evidence = linksEvidence(forms);
    if (forms.some((r) => r.form?.hasPassword))
      return [{ message: "password", data, severity: "dangerous", evidence }];
    return [{ message: "form", data, evidence }];
  },
});
