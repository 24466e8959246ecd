import { parseReceived, type ReceivedHop } from "./received";

export interface ChainHop extends ReceivedHop {
  hop: number; // 1 = oldest
  delayMs?: number; // since the previous dated hop
}

export interface ReceivedChain {
  hops: ChainHop[]; // oldest first
  totalDelayMs?: number;
  firstExternal?: ChainHop;
  notes: string[]; // information only, in plain English
}

/**
 * Exchange Online's own servers: mail between them has not left Microsoft 365. Suffixes, so
 * "outlook.com" covers *.protection.outlook.com and *.prod.outlook.com; front ends also appear as
 * *.outlook.office365.com.
 */
const EXCHANGE_ONLINE = ["outlook.com", "office365.com"];

// Clocks drift and most servers write whole seconds, so smaller gaps say nothing.
const ORDER_SLACK_MS = 1000;
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * The Received chain, oldest hop first. `values` are the Received header values in message order
 * (topmost, newest first). `now` is for the future-date check. `internalHosts` adds domains of the
 * receiving organisation to Exchange Online's; `firstExternal` is where the mail entered the
 * organisation: going down from the newest hop through internal servers, the first one received from
 * outside.
 */
export function receivedChain(
  values: readonly string[],
  now: number,
  internalHosts: readonly string[] = [],
): ReceivedChain {
  const list: readonly unknown[] = Array.isArray(values) ? values : [];
  const hops: ChainHop[] = [];
  for (let i = list.length - 1; i >= 0; i--) {
    hops.push({ ...parseReceived(list[i] as string), hop: list.length - i });
  }

  const notes: string[] = [];
  let firstDate = 0;
  let dated = 0;
  let previous: { hop: number; date: number } | undefined; // the last hop with a date
  for (const hop of hops) {
    const { date } = hop;
    if (date === undefined) {
      notes.push(`hop ${hop.hop} has no date we could read`);
      continue;
    }
    if (previous) {
      hop.delayMs = date - previous.date;
      if (hop.delayMs <= -ORDER_SLACK_MS) {
        notes.push(`hop ${hop.hop} is dated ${roughDuration(-hop.delayMs)} before hop ${previous.hop}`);
      }
    }
    if (date - now > FUTURE_SLACK_MS) {
      notes.push(`hop ${hop.hop} is dated ${roughDuration(date - now)} in the future`);
    }
    if (dated++ === 0) firstDate = date;
    previous = { hop: hop.hop, date };
  }

  const internal = [...EXCHANGE_ONLINE, ...(Array.isArray(internalHosts) ? internalHosts : [])]
    .filter((d): d is string => typeof d === "string")
    .map((d) => trimDots(d.trim().toLowerCase()))
    .filter((d) => d !== "");
  const isInternal = (clause: string | undefined) => {
    const host = clause === undefined ? "" : hostOf(clause);
    return host !== "" && internal.some((d) => host === d || host.endsWith(`.${d}`));
  };

  const chain: ReceivedChain = { hops, notes };
  // MHA's total: last dated hop minus first, even when negative.
  if (previous && dated > 1) chain.totalDelayMs = previous.date - firstDate;
  // Walk down from the newest hop while the servers are the organisation's own: the first hop that
  // came from outside is where the mail entered. Anything below it was written by the sender's side
  // and may be forged, so searching from the oldest end could be fooled.
  for (let i = hops.length - 1; i >= 0 && isInternal(hops[i].by); i--) {
    if (hops[i].from !== undefined && !isInternal(hops[i].from)) {
      chain.firstExternal = hops[i];
      break;
    }
  }
  return chain;
}

/** The host a clause names: its first word, lowercased, without a trailing dot. */
function hostOf(clause: string): string {
  const end = clause.search(/[ ;]/);
  return (end < 0 ? clause : clause.slice(0, end)).toLowerCase().replace(/\.$/, "");
}

/** Without leading and trailing dots; a loop, as /\.+$/ is quadratic on long runs of dots. */
function trimDots(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ".") start++;
  while (end > start && s[end - 1] === ".") end--;
  return s.slice(start, end);
}

/**
 * MHA's delay text: minutes and seconds, never hours ("310 minutes 14 seconds"), "-" before a
 * negative delay, and "0 seconds" under one second either way. "" for a non-number.
 */
export function formatDelay(ms: number): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "";
  const seconds = Math.floor(Math.abs(ms) / 1000);
  if (seconds === 0) return "0 seconds";
  const minutes = Math.floor(seconds / 60);
  const parts: string[] = [];
  if (minutes > 0) parts.push(count(minutes, "minute"));
  if (seconds % 60 > 0 || minutes === 0) parts.push(count(seconds % 60, "second"));
  return (ms < 0 ? "-" : "") + parts.join(" ");
}

const UNITS: ReadonlyArray<[string, number]> = [
  ["year", 365 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** A gap in its largest whole unit ("2 days"), for notes a reader takes in at a glance. */
function roughDuration(ms: number): string {
  const unit = UNITS.find(([, size]) => ms >= size);
  return unit ? count(Math.floor(ms / unit[1]), unit[0]) : "less than a second";
}

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
