import { hostOf, targetParam, type Rewriter } from "./rewriter";

export const barracuda: Rewriter = {
  id: "barracuda",
  name: "Barracuda Link Protection",
  unwrap(url) {
    // Links use /url?a=…&c=E,1,…; the host serves nothing else, so any path counts.
    return hostOf(url) === "linkprotect.cudasvc.com" ? targetParam(url, "a") : undefined;
  },
};
