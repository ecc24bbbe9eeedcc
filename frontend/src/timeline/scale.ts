// The time scale: which virtual nanoseconds the timeline shows across how many pixels. Pure and
// immutable: zooming, panning and fitting give a new scale.

export interface Tick {
  t: number;
  x: number;
  label: string;
}

/** Steps of 1, 2 and 5 times a power of ten, in ns. */
function niceStep(rough: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-9))));
  for (const m of [1, 2, 5, 10]) if (m * p >= rough) return m * p;
  return 10 * p;
}

const UNITS: [number, string][] = [
  [1e9, 's'],
  [1e6, 'ms'],
  [1e3, 'µs'],
  [1, 'ns'],
];

/** t in the largest unit the step is at least a tenth of, with as many decimals as the step needs. */
export function formatTime(t: number, step = Math.abs(t)): string {
  const [div, unit] = UNITS.find(([d]) => step >= d / 10) ?? [1, 'ns'];
  const stepInUnit = step / div;
  const decimals = stepInUnit >= 1 || stepInUnit === 0 ? 0 : Math.min(9, Math.ceil(-Math.log10(stepInUnit) - 1e-9));
  return `${(t / div).toFixed(decimals)} ${unit}`;
}

export class TimeScale {
  /** The narrowest window a scale shows, ns. */
  static readonly MIN_SPAN = 10;

  private constructor(
    /** ns at the left edge */
    readonly start: number,
    /** ns at the right edge */
    readonly end: number,
    /** pixels from start to end */
    readonly width: number,
  ) {}

  /** A scale showing [start, end] across width pixels (at least MIN_SPAN ns, at least 1 px). */
  static of(start: number, end: number, width: number): TimeScale {
    const w = Math.max(1, width);
    if (!(end - start >= TimeScale.MIN_SPAN)) {
      const mid = (start + end) / 2;
      return new TimeScale(mid - TimeScale.MIN_SPAN / 2, mid + TimeScale.MIN_SPAN / 2, w);
    }
    return new TimeScale(start, end, w);
  }

  /** The whole of [start, end] with a margin of margin (a fraction of the span) on each side. */
  static fit(start: number, end: number, width: number, margin = 0.02): TimeScale {
    const span = Math.max(end - start, TimeScale.MIN_SPAN);
    return TimeScale.of(start - span * margin, start + span * (1 + margin), width);
  }

  get span(): number {
    return this.end - this.start;
  }

  /** ns per pixel */
  get nsPerPx(): number {
    return this.span / this.width;
  }

  toPx(t: number): number {
    return ((t - this.start) * this.width) / this.span;
  }

  toTime(x: number): number {
    return this.start + (x * this.span) / this.width;
  }

  withWidth(width: number): TimeScale {
    return TimeScale.of(this.start, this.end, width);
  }

  /** Zoomed in by factor (> 1 in, < 1 out) keeping the time under x where it is. */
  zoomed(factor: number, atX = this.width / 2): TimeScale {
    const t = this.toTime(atX);
    const span = Math.max(this.span / factor, TimeScale.MIN_SPAN);
    const start = t - (atX / this.width) * span;
    return TimeScale.of(start, start + span, this.width);
  }

  /** Moved by dx pixels (positive: the content moves right, earlier times come into view). */
  panned(dx: number): TimeScale {
    const dt = dx * this.nsPerPx;
    return TimeScale.of(this.start - dt, this.end - dt, this.width);
  }

  /** Kept within [lo, hi] (with 5% slack) as far as its span allows. */
  clamped(lo: number, hi: number): TimeScale {
    const slack = Math.max(hi - lo, TimeScale.MIN_SPAN) * 0.05;
    const min = lo - slack;
    const max = hi + slack;
    let span = Math.min(this.span, max - min);
    let start = this.start;
    if (start < min) start = min;
    if (start + span > max) start = max - span;
    span = Math.max(span, TimeScale.MIN_SPAN);
    return TimeScale.of(start, start + span, this.width);
  }

  /** Ticks at a 1-2-5 step at least minGap pixels apart, labelled in ns, µs, ms or s. */
  ticks(minGap = 90): Tick[] {
    const step = niceStep(minGap * this.nsPerPx);
    const first = Math.ceil(this.start / step) * step;
    const out: Tick[] = [];
    for (let k = 0; ; k++) {
      const t = first + k * step;
      if (t > this.end) break;
      out.push({ t, x: this.toPx(t), label: formatTime(Math.abs(t) < step / 2 ? 0 : t, step) });
    }
    return out;
  }
}
