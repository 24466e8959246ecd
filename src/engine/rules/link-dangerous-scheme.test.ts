import { linkMessage } from "../../../test/support/linkMessage";
import { ruleTester } from "../../../test/support/ruleTester";
import { linkDangerousScheme } from "./link-dangerous-scheme";

ruleTester(linkDangerousScheme, {
  valid: [
    { name: "a web link", ...linkMessage(`<a href="https://example-shop.com/">Open</a>`) },
    // Outlook writes the sender's clipboard pictures as file:/// images into forwarded HTML.
    {
      name: "a local file: picture in forwarded HTML",
      ...linkMessage(
        `<img src="file:///C:/Users/dana/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png">`,
      ),
    },
    { name: "an inline picture", ...linkMessage(`<img src="cid:image001.png@01DA">`) },
  ],
  invalid: [
    {
      name: "a javascript: link",
      ...linkMessage(`<a href="javascript:alert(1)">Open</a>`),
      findings: [{ message: "script", severity: "dangerous", title: "(javascript)" }],
    },
    {
      name: "a file: link to another machine",
      ...linkMessage(`<a href="file://attacker-host.com/share/x.lnk">Open</a>`),
      findings: [{ message: "file", severity: "suspicious" }],
    },
    {
      name: "a picture loaded from another machine's share (leaks the Windows sign-in)",
      ...linkMessage(`<img src="file://attacker-host.com/share/pixel.png">`),
      findings: [{ message: "file", severity: "suspicious" }],
    },
  ],
});
