import type { RewriterResult } from "./rewriter";
import { sophos } from "./sophos";

const TAIL =
  "&i=NjQ0M2U3MWE4OThlOTc3NDU2YWIzNDFm&t=eWI5V3h5bTRXcDRhbUF1eG5nQVB4YUNMczR4Z3RkUGRtcERGR1VucHROQT0=&h=9ba410ca932340e4b50404ccbb25afd2&s=AVNPUEhUT0NFTkNSWVBUSV";

describe("sophos", () => {
  it.each<[string, string, RewriterResult]>([
    [
      "standard base64 in u=",
      `https://eu-central-1.protection.sophos.com/?d=sophos.com&u=aHR0cHM6Ly93d3cuc29waG9zLmNvbS9kZS1kZS9wcm9kdWN0cy9zb3Bob3MtZW1haWw=${TAIL}`,
      { target: "https://www.sophos.com/de-de/products/sophos-email" },
    ],
    [
      "URL-safe base64 (here Barracuda inside)",
      `https://us-west-2.protection.sophos.com/?d=cudasvc.com&u=aHR0cHM6Ly9saW5rcHJvdGVjdC5jdWRhc3ZjLmNvbS91cmw_YT1odHRwcyUzYSUyZiUyZnguZXhhbXBsZSUyZg==${TAIL}`,
      { target: "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fx.example%2f" },
    ],
    [
      "a + left unescaped, read back as a space",
      `https://us-east-2.protection.sophos.com/?d=x.example&u=aHR0cHM6Ly94LmV4YW1wbGUvPz8+${TAIL}`,
      { target: "https://x.example/??>" },
    ],
    [
      "tokens instead of u=: opaque, with d= as the hint",
      `https://us-east-2.protection.sophos.com/?d=rb.gy&b=990260467867425f8d991057d4ea7a24&x=55f1396fd9104632bd81602918f0fcf9${TAIL}`,
      { opaque: true, hint: "rb.gy" },
    ],
    [
      "u= that is not base64",
      `https://us-west-2.protection.sophos.com/?d=Senate.Group&u=not*base64${TAIL}`,
      { opaque: true, hint: "senate.group" },
    ],
    ["neither u= nor a usable d=", "https://us-west-2.protection.sophos.com/?d=a%20b&i=x", { opaque: true }],
    ["the parent alone", "https://protection.sophos.com/?u=aHR0cHM6Ly94LmV4YW1wbGUv", undefined],
  ])("%s", (_, href, expected) => expect(sophos.unwrap(new URL(href))).toEqual(expected));
});
