import { readFileSync, writeFileSync } from "node:fs";

/**
 * Peak memory of one step, measured by the kernel in the process that runs it: Linux resets a
 * process's high-water mark of resident memory (VmHWM) to its current size when "5" is written to
 * /proc/PID/clear_refs, so the peak after the step minus the size at the reset is what the step added
 * at its worst moment, with no noise from comparing two processes (whose sizes at the same point
 * differ by up to 13 MB from run to run here).
 */

type Pid = number | "self";

function statusKb(pid: Pid, field: "VmRSS" | "VmHWM"): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${field}:`));
  const kb = line ? Number.parseInt(line.slice(field.length + 1), 10) : Number.NaN;
  if (!Number.isFinite(kb)) throw new Error(`no ${field} in /proc/${pid}/status`);
  return kb;
}

/** Starts a measurement in each process: resets its peak; returns the sizes at the reset (kB). */
export function resetPeaks(pids: readonly Pid[]): number[] {
  return pids.map((pid) => {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return statusKb(pid, "VmRSS");
  });
}

/** Kilobytes the processes' peaks rose above their sizes at resetPeaks, summed. */
export function peakAboveKb(pids: readonly Pid[], atReset: readonly number[]): number {
  return pids.reduce<number>((sum, pid, i) => sum + Math.max(0, statusKb(pid, "VmHWM") - atReset[i]), 0);
}

/** Why peaks cannot be measured here, or undefined when they can. */
export function peakMemoryUnavailable(): string | undefined {
  try {
    resetPeaks(["self"]);
    return undefined;
  } catch (error) {
    return `peak memory needs Linux's /proc/PID/clear_refs (${(error as Error).message.split("\n")[0]})`;
  }
}
