// tr46 ships no types; only what this folder uses is declared.
declare module "tr46" {
  export interface Tr46Options {
    checkBidi?: boolean;
    checkJoiners?: boolean;
    checkHyphens?: boolean;
    useSTD3ASCIIRules?: boolean;
    transitionalProcessing?: boolean;
  }
  export function toUnicode(domain: string, options?: Tr46Options): { domain: string; error: boolean };
}
