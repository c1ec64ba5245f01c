/** The value below which `fraction` of the samples fall (nearest-rank); NaN for no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank];
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nanoseconds between two hrtime readings as a number of milliseconds. */
export function elapsedMs(startNs: bigint, endNs: bigint): number {
  return Number(endNs - startNs) / 1e6;
}

/** Runs `work` once and returns how long it took, in milliseconds. */
export function timeOnceMs(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return elapsedMs(start, process.hrtime.bigint());
}

/** Tracks the largest resident set size seen while sampling. */
export class PeakMemory {
  private peakBytes = process.memoryUsage().rss;

  sample(): void {
    this.peakBytes = Math.max(this.peakBytes, process.memoryUsage().rss);
  }

  /** Peak sampled RSS and the kernel's maxRSS for the whole process, both in MB. */
  report(): { sampledMb: number; maxRssMb: number } {
    this.sample();
    return { sampledMb: this.peakBytes / 1024 / 1024, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  }
}
