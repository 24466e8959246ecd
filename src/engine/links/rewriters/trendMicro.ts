import { hostOf, targetParam, type Rewriter } from "./rewriter";

export const trendMicro: Rewriter = {
  id: "trendmicro",
  name: "Trend Micro Email Security",
  unwrap(url) {
    // Regional gateways end in "ctp": ddec1-0-en-ctp.trendmicro.com, smex-ctp.trendmicro.com.
    const gateway = hostOf(url).endsWith("ctp.trendmicro.com");
    return gateway && url.pathname === "/wis/clicktime/v1/query" ? targetParam(url, "url") : undefined;
  },
};
