/**
 * Chromium's rules for showing an international domain name as Unicode or as punycode
 * (chromium docs/idn.md), per label, each rule a module in rules/. Pure: no DOM, no Node built-ins.
 */
export { checkIdn } from "./checkIdn";
export { describeChar } from "./describe";
export { scriptOf } from "./scripts";
export type { IdnChar, IdnLabel, IdnProblem, IdnResult, IdnRuleId } from "./types";
