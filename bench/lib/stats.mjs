// Small statistics for the benchmark: times in milliseconds from process.hrtime.

export const now = () => Number(process.hrtime.bigint()) / 1e6;

function sorted(values) {
  return values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
}

export function median(values) {
  const list = sorted(values);
  if (list.length === 0) return NaN;
  const middle = list.length >> 1;
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}

/** The 95th percentile, nearest rank. */
export function p95(values) {
  const list = sorted(values);
  if (list.length === 0) return NaN;
  return list[Math.min(list.length - 1, Math.ceil(0.95 * list.length) - 1)];
}
