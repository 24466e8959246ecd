import type { Context } from "../context";
import type { ProtectedTarget } from "../domains/domainIndex";
import type { MessageSnapshot } from "../message";
import { namedOrganisation } from "./organisationNames";

/** The protected organisation a message claims to come from or be about: its sender name, then its subject. */
export function claimedBrand(message: MessageSnapshot, context: Context): ProtectedTarget | undefined {
  return namedOrganisation(message.from?.name ?? "", context) ?? namedOrganisation(message.subject, context);
}
