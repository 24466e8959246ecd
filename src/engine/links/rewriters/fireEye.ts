import { hostOf, targetParam, type Rewriter } from "./rewriter";

/** https://protect2.fireeye.com/v1/url?k=…&q=1&e=…&u=<target> */
export const fireEye: Rewriter = {
  id: "fireeye",
  name: "Trellix (FireEye) Email Security",
  unwrap(url) {
    const wrapped = hostOf(url) === "protect2.fireeye.com" && url.pathname === "/v1/url";
    return wrapped ? targetParam(url, "u") : undefined;
  },
};
