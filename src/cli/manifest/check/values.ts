/** Versions and file names as the checks compare them. */
/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function fileName(url: string): string {
  try {
    return new URL(url).pathname.split("/").pop() ?? "";
  } catch {
    return url.split(/[?#]/)[0].split("/").pop() ?? "";
  }
}

/** The NN of an `icon-NN.png` file name, or undefined. */
export function iconSizeFromName(url: string): number | undefined {
  const m = /^icon-(\d+)\.png$/i.exec(fileName(url));
  return m ? Number(m[1]) : undefined;
}
