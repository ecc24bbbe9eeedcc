// Numbers as people read them.

/** Virtual nanoseconds in the largest unit that keeps them readable: 850 ns, 64.89 µs, 4.19 ms, 1.5 s. */
export function formatNanos(ns: number): string {
  const abs = Math.abs(ns);
  if (abs < 1_000) return `${ns} ns`;
  if (abs < 1_000_000) return `${trim(ns / 1_000)} µs`;
  if (abs < 1_000_000_000) return `${trim(ns / 1_000_000)} ms`;
  return `${trim(ns / 1_000_000_000)} s`;
}

function trim(x: number): string {
  return String(Number(x.toFixed(x >= 100 ? 1 : 2)));
}
