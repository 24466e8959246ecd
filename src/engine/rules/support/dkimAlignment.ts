import { addressDomain } from "../../domains/normalize";
import type { AuthResult } from "../../headers/authResults";

/** Whether a DKIM result's signing domain (header.d, else header.i) belongs to `registrable` (relaxed alignment). */
export function signedFor(dkim: AuthResult, registrable: string): boolean {
  const domain = dkim.props["header.d"] ?? dkim.props["header.i"];
  if (!domain) return false;
  return addressDomain(domain.includes("@") ? domain : `x@${domain}`)?.registrable === registrable;
}
