import { describe, expect, it } from 'vitest';
import { SpanArray } from '../trace/spans';
import { LaneRuns, visibleRuns } from './lane-runs';
import { TimeScale } from './scale';

function lane(): { a: SpanArray; end: number } {
  const a = new SpanArray();
  let t = 0;
  for (let i = 0; i < 5000; i++) {
    a.push(t, i % 3, i);
    t += 10 + ((i * 7919) % 500);
  }
  return { a, end: t };
}

describe('LaneRuns', () => {
  it('reuses its runs while panning inside its range and zooming within a bucket size', () => {
    const { a, end } = lane();
    const cache = new LaneRuns();
    const scale = TimeScale.of(100_000, 200_000, 1000); // 100 ns a pixel: buckets of 64 ns
    const first = cache.get(a, end, scale);
    expect(first.factor).toBeCloseTo(0.64, 9);
    expect(cache.get(a, end, scale.panned(200)).runs).toBe(first.runs);
    expect(cache.get(a, end, scale.zoomed(1.2)).runs).toBe(first.runs);
    expect(cache.merges).toBe(1);
    cache.get(a, end, scale.panned(-800)); // beyond the half window kept on each side
    expect(cache.merges).toBe(2);
    cache.get(a, end, scale.zoomed(2)); // 50 ns a pixel: buckets of 32 ns
    expect(cache.merges).toBe(3);
    a.push(end, 1, 5000);
    cache.get(a, end + 5, scale.zoomed(2));
    expect(cache.merges).toBe(4);
  });

  it('places buckets where the spans are, whatever the pan', () => {
    const { a, end } = lane();
    const cache = new LaneRuns();
    const base = TimeScale.of(100_000, 200_000, 1000);
    for (const dx of [0, 37, -120, 333]) {
      const scale = base.panned(dx);
      const p = cache.get(a, end, scale);
      const [first, last] = visibleRuns(p, scale.width);
      expect(last).toBeGreaterThan(first);
      // a run of two buckets or more is one span: the span at its middle has its value
      let checked = 0;
      for (let r = first; r < last; r++) {
        const x0 = p.offset + (p.runs.x0[r] as number) * p.factor;
        const x1 = p.offset + (p.runs.x1[r] as number) * p.factor;
        expect(x1).toBeGreaterThan(x0);
        expect(x1).toBeGreaterThan(-1);
        expect(x0).toBeLessThan(scale.width + 1);
        if ((p.runs.x1[r] as number) - (p.runs.x0[r] as number) >= 2) {
          const mid = scale.toTime((x0 + x1) / 2);
          expect(a.code[a.indexAt(mid)]).toBe(p.runs.code[r]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    }
  });
});
