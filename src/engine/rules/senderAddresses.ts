import type { MessageSnapshot } from "../message";

export interface SenderAddress {
  header: "From" | "Sender" | "Reply-To" | "Return-Path";
  address: string;
}

/** The sender's own addresses, each with the header it came from. */
export function senderAddresses(message: MessageSnapshot): SenderAddress[] {
  const out: SenderAddress[] = [];
  if (message.from) out.push({ header: "From", address: message.from.address });
  if (message.sender) out.push({ header: "Sender", address: message.sender.address });
  for (const r of message.replyTo) out.push({ header: "Reply-To", address: r.address });
  if (message.returnPath) out.push({ header: "Return-Path", address: message.returnPath });
  return out;
}

/** "From", "From and Reply-To", "From, Sender and Reply-To". */
function listWords(words: readonly string[]): string {
  return words.length <= 1
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "The From address uses" / "The From and Return-Path addresses use". */
export function headersUse(headers: readonly string[]): string {
  return `The ${listWords(headers)} address${headers.length > 1 ? "es use" : " uses"}`;
}
