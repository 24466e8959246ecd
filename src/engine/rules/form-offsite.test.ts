import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { formOffsite } from "./form-offsite";

ruleTester(formOffsite, {
  valid: [
    {
      name: "a form posting to the sender's own domain",
      ...linkMessage(
        `<form action="https://www.mailer-hub.net/subscribe"><input name="e"><button>Go</button></form>`,
      ),
    },
  ],
  invalid: [
    {
      name: "a password form that posts elsewhere",
      ...linkMessage(
        `<form action="https://collect-site.com/p" method="post"><input name="u"><input type="password" name="p"><button>Sign in</button></form>`,
      ),
      findings: [{ message: "password", severity: "dangerous", detail: "collect-site.com" }],
    },
    {
      name: "a survey form that posts elsewhere",
      ...linkMessage(`<form action="https://survey-site.com/a"><input name="q"><button>Send</button></form>`),
      findings: [{ message: "form", severity: "caution", title: "survey-site.com" }],
    },
  ],
});
