import { hostOf, targetParam, type Rewriter } from "./rewriter";

/** https://clicktime.symantec.com/<token>?u=<target>; some links carry only the token. */
export const clickTime: Rewriter = {
  id: "clicktime",
  name: "Symantec Email Security ClickTime",
  unwrap(url) {
    return hostOf(url) === "clicktime.symantec.com" ? targetParam(url, "u") : undefined;
  },
};
