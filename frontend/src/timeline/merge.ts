// Per-pixel merging of a lane's spans (as Perfetto does): whatever falls inside one pixel of the
// lane becomes one bucket showing its longest span, with a count of the spans it stands for;
// neighbouring buckets and spans of the same value join into one run. A frame then draws at most
// one rectangle per pixel per lane whatever the zoom, and visits only the visible spans, taking a
// whole block of the span summary (4, 16, 64... spans) that ends inside one pixel at once.

import { LEVELS, blockSize } from '../trace/spans';
import type { BlockLevel, SpanArray } from '../trace/spans';

/** Block sizes of the summary levels (powers of 4, so alignment is a bit mask). */
const SIZES = Int32Array.from({ length: LEVELS }, (_, l) => blockSize(l));
const MASK0 = (SIZES[0] as number) - 1;
import type { TimeScale } from './scale';

/** Runs to draw: run i covers pixels [x0[i], x1[i]) with value code[i] and stands for count[i] spans. */
export class Runs {
  n = 0;
  x0 = new Float64Array(64);
  x1 = new Float64Array(64);
  code = new Int32Array(64);
  count = new Int32Array(64);

  clear(): void {
    this.n = 0;
  }

  add(x0: number, x1: number, code: number, count: number): void {
    const last = this.n - 1;
    if (last >= 0 && this.code[last] === code && (this.x1[last] as number) >= x0 - 1e-9) {
      this.x1[last] = Math.max(this.x1[last] as number, x1);
      this.count[last] = (this.count[last] as number) + count;
      return;
    }
    if (this.n === this.x0.length) {
      const size = this.n * 2;
      this.x0 = grow(this.x0, new Float64Array(size));
      this.x1 = grow(this.x1, new Float64Array(size));
      this.code = grow(this.code, new Int32Array(size));
      this.count = grow(this.count, new Int32Array(size));
    }
    this.x0[this.n] = x0;
    this.x1[this.n] = x1;
    this.code[this.n] = code;
    this.count[this.n] = count;
    this.n++;
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Merges the spans of a visible in scale (the last one ending at end) into runs, in pixels from
 * the scale's left edge. Spans whose value is skip are left out (a free core, a free GIL).
 */
export function mergeSpans(a: SpanArray, end: number, scale: TimeScale, out: Runs, skip?: number): Runs {
  out.clear();
  if (a.n === 0) return out;
  const t0 = scale.start;
  const t1 = scale.end;
  const k = scale.width / scale.span;
  const start = a.start;
  const codes = a.code;
  const levels = a.levels;
  const n = a.n;
  // the bucket being filled: pixel px, its longest span's code and length in pixels, spans in it
  let px = Number.NaN;
  let bestCode = 0;
  let bestLen = -1;
  let bucketCount = 0;
  const flush = (): void => {
    if (bestLen >= 0 && bestCode !== skip) out.add(px, px + 1, bestCode, bucketCount);
    bucketCount = 0;
    bestLen = -1;
  };
  let i = Math.max(0, a.indexAt(t0));
  while (i < n) {
    const s = start[i] as number;
    if (s >= t1) break;
    const xs = Math.max(0, (s - t0) * k);
    const p0 = Math.floor(xs);
    // the largest aligned, complete block that ends inside this pixel: taken whole
    let size = 0;
    let level = -1;
    if ((i & MASK0) === 0 && s >= t0) {
      for (let l = 0; l < levels.length; l++) {
        const bs = SIZES[l] as number;
        if ((i & (bs - 1)) !== 0 || i >= (levels[l] as BlockLevel).count * bs) break;
        const be = start[i + bs] as number;
        if (be >= t1 || Math.floor((be - t0) * k) !== p0) break;
        size = bs;
        level = l;
      }
    }
    if (level >= 0) {
      if (p0 !== px) {
        flush();
        px = p0;
      }
      const lv = levels[level] as BlockLevel;
      const len = (lv.longest[i / size] as number) * k;
      if (len > bestLen) {
        bestLen = len;
        bestCode = lv.code[i / size] as number;
      }
      bucketCount += size;
      i += size;
      continue;
    }
    const e = i + 1 < n ? (start[i + 1] as number) : end;
    const code = codes[i] as number;
    const xe = (Math.min(e, t1) - t0) * k;
    const p1 = Math.floor(xe);
    if (p0 === p1 || xe <= xs) {
      // inside one pixel
      if (p0 !== px) {
        flush();
        px = p0;
      }
      // its length as the summary measures it (duration times scale), so ties go the same way
      const len = (Math.min(e, t1) - Math.max(s, t0)) * k;
      if (len > bestLen) {
        bestLen = len;
        bestCode = code;
      }
      bucketCount++;
    } else {
      // across pixels: its head joins the current bucket, its whole pixels are a run, its tail
      // starts the next bucket
      let counted = false;
      if (xs > p0) {
        if (p0 !== px) {
          flush();
          px = p0;
        }
        if (p0 + 1 - xs > bestLen) {
          bestLen = p0 + 1 - xs;
          bestCode = code;
        }
        bucketCount++;
        counted = true;
      }
      flush();
      px = Number.NaN;
      const from = xs > p0 ? p0 + 1 : p0;
      if (p1 > from && code !== skip) out.add(from, p1, code, counted ? 0 : 1);
      if (xe > p1) {
        px = p1;
        bestLen = xe - p1;
        bestCode = code;
        bucketCount = 0;
      }
    }
    i++;
  }
  flush();
  return out;
}

/** How many spans of each value overlap the scale's window (for the drawn model, not a frame). */
export function visibleCounts(a: SpanArray, end: number, scale: TimeScale): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = Math.max(0, a.indexAt(scale.start)); i < a.n && (a.start[i] as number) < scale.end; i++) {
    if (a.endOf(i, end) < scale.start) continue;
    const c = a.code[i] as number;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}
