import { hostOf, targetParam, type Rewriter } from "./rewriter";

/** https://urlsand.esvalabs.com/?u=<target>&e=…&h=…&f=…&p=… */
export const esvaLabs: Rewriter = {
  id: "esvalabs",
  name: "Libraesva EsvaLabs URLSand",
  unwrap(url) {
    return hostOf(url) === "urlsand.esvalabs.com" ? targetParam(url, "u") : undefined;
  },
};
