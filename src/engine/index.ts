/** The engine's public surface: everything above it (pane, CLI, reports) imports from here. */
export * from "./analysis";
export type { HeaderSummary } from "./headers/summary";
export type { LinkFlag, LinkRow, LinkTable } from "./links/linkTable";
export { parseHeaderBlock, headerValues, firstHeader, type HeaderField } from "./headers/headerBlock";
export { parseAddressList, type ParsedAddress, type AddressProblem } from "./headers/addresses";
export * from "./message";
export { analyze } from "./analyze";
export { LIMITS, type Truncated } from "./limits";
export { createContext, DEFAULT_SETTINGS, type Context, type EngineSettings } from "./context";
export { checkDomain, type DomainCheck } from "./domains/checkDomain";
export { TECHNIQUES } from "./domains/techniques";
export type { DomainMatch, TechniqueId } from "./domains/techniques/technique";
export {
  spoofEntries,
  spoofListOf,
  type AllowEntry,
  type DomainLists,
  type ProtectedDomain,
  type SpoofEntry,
  type SpoofList,
} from "./domains/lists";
export { normalizeHost, addressDomain } from "./domains/normalize";
export { prepareScriptTables } from "./domains/idn/scripts";
export { RULES } from "./rules";
export type { Category, Rule, RuleMeta } from "./rules/support/rule";
export { LANGUAGES, type Language } from "./words/language";
export { allTips, tipFor, hasTip, type Tip } from "./tips/tips";
