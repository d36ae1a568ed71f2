/** Small statistics for benchmark runs: medians and spreads, never a single sample. */

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: number[]) => quantile(values, 0.5);

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range: how noisy the runs were. */
  iqr: number;
}

export function summarise(values: number[]): Summary {
  return {
    n: values.length,
    median: round(median(values)),
    p95: round(quantile(values, 0.95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    iqr: round(quantile(values, 0.75) - quantile(values, 0.25)),
  };
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));
