import { ruleTester } from "../../../test/support/ruleTester";
import { senderKnownSpoof } from "./sender-known-spoof";

const lists = {
  protected: [],
  spoofs: [
    {
      domain: "senate.group",
      imitates: ["senate.gov"],
      technique: "tld-swap",
      source: "https://example.org/a",
      reported: "2018-08-20",
    },
    {
      domain: "my-iri.org",
      imitates: ["iri.org"],
      technique: "brand-token",
      source: "https://example.org/b",
      reported: "2018-08-20",
    },
  ],
  allow: [],
};

const from = (address: string) => ({ message: { from: { name: "Senate IT", address } } });

ruleTester(
  senderKnownSpoof,
  {
    valid: [
      { name: "the real domain", ...from("a@senate.gov") },
      { name: "the real iri.org", ...from("a@iri.org") },
      { name: "a name that contains a listed one", ...from("a@notsenate.group") },
      { name: "a listed name under another domain", ...from("a@my-iri.org.example.com") },
      { name: "no domain", ...from("broken") },
      { name: "an empty domain", ...from("a@") },
    ],
    invalid: [
      {
        name: "exact domain",
        ...from("it@senate.group"),
        findings: [
          {
            message: "spoof",
            title: "Sender uses a known spoof domain: senate.group",
            detail: /^The From address uses senate\.group, .*imitate senate\.gov/,
            evidence: { headers: ["From"], listedDomain: "senate.group", source: "https://example.org/a" },
          },
        ],
      },
      {
        name: "subdomain of a listed domain",
        ...from("it@adfs.senate.group"),
        findings: [
          { message: "spoof", evidence: { domain: "adfs.senate.group", listedDomain: "senate.group" } },
        ],
      },
      {
        name: "upper case and a trailing dot",
        ...from("IT@ADFS.Senate.Group."),
        findings: [{ message: "spoof", evidence: { listedDomain: "senate.group" } }],
      },
      {
        name: "Reply-To, Sender and Return-Path too, one finding per domain naming its headers",
        message: {
          from: { name: "", address: "news@iri.org" },
          sender: { name: "", address: "x@my-iri.org" },
          replyTo: [{ name: "", address: "reply@senate.group" }],
          returnPath: "bounce@my-iri.org",
        },
        findings: [
          {
            message: "spoof",
            detail: /^The Sender and Return-Path addresses use my-iri\.org,/,
            evidence: {
              domain: "my-iri.org",
              headers: ["Sender", "Return-Path"],
              addresses: ["x@my-iri.org", "bounce@my-iri.org"],
            },
          },
          { message: "spoof", evidence: { domain: "senate.group", headers: ["Reply-To"] } },
        ],
      },
      {
        name: "each domain once",
        message: {
          from: { name: "", address: "a@senate.group" },
          replyTo: [
            { name: "", address: "a@senate.group" },
            { name: "", address: "a@senate.group" },
          ],
        },
        findings: [{ message: "spoof", evidence: { headers: ["From", "Reply-To"] } }],
      },
      {
        name: "in Spanish for a Spanish reader",
        ...from("it@senate.group"),
        settings: { language: "es" },
        findings: [{ message: "spoof", title: "El remitente usa un dominio falso conocido: senate.group" }],
      },
    ],
  },
  { lists },
);
