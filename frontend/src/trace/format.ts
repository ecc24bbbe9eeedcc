// Virtual times as people read them: 63.89 µs, 10.14 ms, 2.5 s.

export function formatNs(ns: number): string {
  const a = Math.abs(ns);
  if (a < 1e3) return `${ns} ns`;
  if (a < 1e6) return `${trim(ns / 1e3)} µs`;
  if (a < 1e9) return `${trim(ns / 1e6)} ms`;
  return `${trim(ns / 1e9)} s`;
}

function trim(x: number): string {
  return String(Number(x.toPrecision(4)));
}
