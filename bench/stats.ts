/** Small statistics shared by the benchmarks. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** «name: 12.0 / 20 = 0.60 (target ≤ 1.00) ok» — a measured figure as a ratio to its target. */
export function ratioLine(name: string, measured: number, target: number): string {
  const ratio = measured / target;
  return `${name}: ${measured.toFixed(2)} / ${target} = ${ratio.toFixed(2)} (target ≤ 1.00) ${ratio <= 1 ? 'ok' : 'MISSED'}`;
}
