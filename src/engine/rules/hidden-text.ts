import { defineRule } from "./support/rule";

/** Hidden characters below this are a preview line or a template's spacing. */
const MIN_HIDDEN = 200;

interface Data {
  hidden: number;
  visible: number;
}

export const hiddenText = defineRule({
  id: "hidden-text",
  meta: {
    category: "body",
    severity: "caution",
    tip: "hidden-text",
    docs: "More text hidden by styles (display:none, a zero font, white on white) than shown, and at least 200 characters of it: filler that makes mail filters read a different message from the one you see.",
    messages: {
      hidden: {
        title: {
          en: () => "The message hides text you cannot see",
          es: () => "El mensaje esconde texto que usted no ve",
        },
        detail: {
          en: (d: Data) =>
            `It holds ${d.hidden} characters of text made invisible, more than the ${d.visible} you can read. Such filler is there for mail filters, to make them read a harmless message instead of the one you see.`,
          es: (d: Data) =>
            `Contiene ${d.hidden} caracteres de texto invisible, más que los ${d.visible} que puede leer. Ese relleno está para los filtros de correo, para que lean un mensaje inofensivo en lugar del que usted ve.`,
        },
      },
    },
  },
  check(facts) {
    const { hiddenChars, text } = facts.body;
    const visible = text.replace(/\s+/g, "").length;
    if (hiddenChars < MIN_HIDDEN || hiddenChars <= visible) return [];
    return [
      {
        message: "hidden",
        data: { hidden: hiddenChars, visible },
        evidence: { hiddenCharacters: hiddenChars, visibleCharacters: visible },
      },
    ];
  },
});
