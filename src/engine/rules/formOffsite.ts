import { linkTable } from "../links/linkTable";
import type { Rule } from "./rule";
import { linkFinding, linksEvidence } from "./linkFindings";
import { senderFacts } from "./senderFacts";

export const formOffsite: Rule = {
  id: "form-offsite",
  meta: {
    title: "The message contains a form that sends what you type elsewhere",
    severity: "caution",
    tip: "form-offsite",
    docs: "An HTML form in the message whose action posts to a domain other than the sender's: a caution (newsletters embed sign-up and search forms), dangerous when it asks for a password.",
  },
  check(message, context) {
    const own = senderFacts(message, context).from?.host.registrable;
    const forms = linkTable(message).rows.filter(
      (r) => r.source === "form" && r.registrable !== undefined && r.registrable !== own,
    );
    if (forms.length === 0) return [];
    const password = forms.some((r) => r.form?.hasPassword);
    return [
      linkFinding(
        formOffsite,
        password ? "dangerous" : "caution",
        password
          ? "The message asks for a password in a form"
          : `A form in the message sends your answers to ${forms[0].registrable}`,
        password
          ? `This message contains a password box whose contents go to ${forms[0].registrable}. No real service asks for your password inside an email.`
          : `Whatever you type into this message's form goes to ${forms[0].registrable}${own ? `, not to ${own}` : ""}. Do not enter anything you would not post publicly.`,
        linksEvidence(forms),
      ),
    ];
  },
};
