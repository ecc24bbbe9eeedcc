// Lane runs that survive panning and most zooming, as Perfetto caches its track data: spans are
// merged into buckets of a power-of-two number of ns (at most one pixel wide, at least half a
// pixel), aligned to multiples of their size, over the window and half a window on each side. A
// pan inside that range, or a zoom that keeps the bucket size, reuses the runs; only their
// placement (offset and factor, from bucket units to plot pixels) changes.

import type { SpanArray } from '../trace/spans';
import { Runs, mergeSpans } from './merge';
import { TimeScale } from './scale';

/** Runs in bucket units, and where they go: plot x = offset + x * factor. */
export interface PlacedRuns {
  runs: Runs;
  offset: number;
  factor: number;
}

export class LaneRuns {
  private readonly runs = new Runs();
  private bucketNs = Number.NaN;
  private from = 0;
  private to = 0;
  private spans = -1;
  private end = Number.NaN;
  /** merges done so far (a test can see what was reused) */
  merges = 0;

  /** The runs of a for scale (spans whose value is skip left out), merged again only when needed. */
  get(a: SpanArray, end: number, scale: TimeScale, skip?: number): PlacedRuns {
    const bucketNs = 2 ** Math.floor(Math.log2(scale.nsPerPx));
    if (bucketNs !== this.bucketNs || a.n !== this.spans || end !== this.end || scale.start < this.from || scale.end > this.to) {
      const margin = scale.span / 2;
      this.bucketNs = bucketNs;
      this.from = Math.floor((scale.start - margin) / bucketNs) * bucketNs;
      this.to = Math.ceil((scale.end + margin) / bucketNs) * bucketNs;
      this.spans = a.n;
      this.end = end;
      mergeSpans(a, end, TimeScale.of(this.from, this.to, Math.round((this.to - this.from) / bucketNs)), this.runs, skip);
      this.merges++;
    }
    const k = scale.width / scale.span;
    return { runs: this.runs, offset: (this.from - scale.start) * k, factor: bucketNs * k };
  }
}

/** The runs of p that show in a plot width pixels wide: [first, last). */
export function visibleRuns(p: PlacedRuns, width: number): [number, number] {
  const { runs, offset, factor } = p;
  // the first run ending right of the plot's left edge, the first starting right of its right edge
  const lo = (-1 - offset) / factor;
  const hi = (width + 1 - offset) / factor;
  let a = 0;
  let b = runs.n;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((runs.x1[mid] as number) <= lo) a = mid + 1;
    else b = mid;
  }
  let c = a;
  let d = runs.n;
  while (c < d) {
    const mid = (c + d) >>> 1;
    if ((runs.x0[mid] as number) < hi) c = mid + 1;
    else d = mid;
  }
  return [a, c];
}
