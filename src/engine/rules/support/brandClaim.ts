/** The brand a message claims and where that brand really lives, for rules that raise on a claim. */
export interface BrandClaim {
  claims?: string;
  realDomain?: string;
}

/** A sentence naming the claimed brand and its real domain, or nothing (leading space included). */
export const CLAIM = {
  en: (d: BrandClaim) =>
    d.claims ? ` The message claims to be from or about ${d.claims}, which uses ${d.realDomain}.` : "",
  es: (d: BrandClaim) =>
    d.claims
      ? ` El mensaje dice ser de ${d.claims} o tratar sobre ${d.claims}, cuyo dominio es ${d.realDomain}.`
      : "",
};
