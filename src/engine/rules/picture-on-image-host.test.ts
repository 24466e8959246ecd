import { ruleTester } from "../../../test/support/ruleTester";
import { pictureOnImageHost } from "./picture-on-image-host";

const html = (body: string) => ({
  message: {
    from: { name: "", address: "offers@deals-mail.com" },
    subject: "Personal Loans From $100 - $40,000",
    bodyHtml: `<html><body>${body}</body></html>`,
  },
});

ruleTester(pictureOnImageHost, {
  valid: [
    {
      name: "pictures from the sender's own mailing service",
      ...html(
        `<img src="https://cdn.mcauto-images-production.sendgrid.net/a.png"><a href="https://deals-mail.com">Shop</a>`,
      ),
    },
    {
      name: "a link (not a picture) to an image-sharing site",
      ...html(`<p>Look at this chart: <a href="https://i.imgur.com/abc.png">chart</a></p>`),
    },
    { name: "no pictures", ...html("<p>Hello</p>") },
    {
      name: "a static map from another Google API (not Firebase Storage)",
      ...html(`<img src="https://maps.googleapis.com/maps/api/staticmap?center=DC">`),
    },
  ],
  invalid: [
    {
      name: "a picture hot-linked from Twitter's image server",
      ...html(`<a href="https://metaverse-shades.com/x"><img src="https://pbs.twimg.com/media/GkF.jpg"></a>`),
      findings: [
        {
          message: "image-host",
          title: "The message's pictures come from Twitter/X images, a free image-sharing site",
          evidence: { hosts: ["pbs.twimg.com"], pictures: 1 },
        },
      ],
    },
    {
      name: "a picture in an app's Firebase Storage bucket",
      ...html(`<img src="https://firebasestorage.googleapis.com/v0/b/app-1.appspot.com/o/girl.jpg">`),
      findings: [{ message: "image-host", evidence: { hosts: ["firebasestorage.googleapis.com"] } }],
    },
    {
      name: "several pictures, two sharing sites, named once each",
      ...html(
        `<img src="https://www.zupimages.net/up/1.png"><img src="https://i.imgur.com/a.png"><img src="https://i.imgur.com/b.png">`,
      ),
      findings: [
        { message: "image-host", evidence: { hosts: ["www.zupimages.net", "i.imgur.com"], pictures: 3 } },
      ],
    },
  ],
});
