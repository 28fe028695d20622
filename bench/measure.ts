/** One timing helper for every benchmark: wall time, and heap growth while the step ran. */
export interface BenchResult {
  name: string;
  ms: number;
  /** Heap growth in MiB (after a GC before the step, when node runs with --expose-gc); NaN when not measured. */
  heapMB: number;
}

export function measure<T>(name: string, out: BenchResult[], fn: () => T): T {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  out.push({ name, ms: Math.round(ms * 10) / 10, heapMB: Math.round(heapMB * 10) / 10 });
  return value;
}
