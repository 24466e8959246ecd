import type { AddressHeader } from "../../facts/messageFacts";
import { listOf, type Language } from "../../words/language";

/** "The From address uses" / "The From and Return-Path addresses use", in each language. */
export function headersUse(headers: readonly AddressHeader[], language: Language): string {
  const list = listOf(headers, language);
  if (language === "es")
    return headers.length > 1 ? `Las direcciones ${list} usan` : `La dirección ${list} usa`;
  return `The ${list} address${headers.length > 1 ? "es use" : " uses"}`;
}
