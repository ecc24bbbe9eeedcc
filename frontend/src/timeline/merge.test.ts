import { describe, expect, it } from 'vitest';
import { SpanArray, blockSize } from '../trace/spans';
import { Runs, mergeSpans, visibleCounts } from './merge';
import { TimeScale } from './scale';

function spans(list: [number, number][]): SpanArray {
  const a = new SpanArray();
  list.forEach(([t, code], i) => a.push(t, code, i));
  return a;
}

/** The same spans with an empty summary: the merge then visits every span. */
function withoutSummary(a: SpanArray): SpanArray {
  const b = new SpanArray();
  for (let i = 0; i < a.n; i++) b.push(a.start[i] as number, a.code[i] as number, a.seq[i] as number);
  for (const level of b.levels) level.count = 0;
  return b;
}

function runs(r: Runs): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < r.n; i++) out.push([r.x0[i] as number, r.x1[i] as number, r.code[i] as number, r.count[i] as number]);
  return out;
}

describe('mergeSpans', () => {
  it('draws wide spans as runs of whole pixels', () => {
    // 1 ns per pixel
    const a = spans([[0, 1], [10, 2], [30, 1]]);
    const r = mergeSpans(a, 40, TimeScale.of(0, 100, 100), new Runs());
    expect(runs(r)).toEqual([[0, 10, 1, 1], [10, 30, 2, 1], [30, 40, 1, 1]]);
  });

  it('keeps the longest span of a pixel and counts what it stands for', () => {
    // 10 ns per pixel: spans 0-2 (a), 2-9 (b), 9-10 (a) share pixel 0
    const a = spans([[0, 1], [2, 2], [9, 1], [10, 3]]);
    const r = mergeSpans(a, 30, TimeScale.of(0, 100, 10), new Runs());
    expect(runs(r)).toEqual([[0, 1, 2, 3], [1, 3, 3, 1]]);
  });

  it('joins neighbouring buckets of the same value', () => {
    const list: [number, number][] = [];
    for (let t = 0; t < 100; t += 4) list.push([t, 1], [t + 3, 2]);
    // every pixel (10 ns) holds "1"s 3 ns long and "2"s 1 ns long: the "1"s win everywhere
    const r = mergeSpans(spans(list), 100, TimeScale.of(0, 100, 10), new Runs());
    expect(r.n).toBe(1);
    expect(r.count[0]).toBe(50);
  });

  it('visits only the visible window and leaves out skipped values', () => {
    const a = spans([[0, 1], [50, -1], [60, 2], [1000, 1]]);
    const r = mergeSpans(a, 2000, TimeScale.of(40, 80, 40), new Runs(), -1);
    expect(runs(r)).toEqual([[0, 10, 1, 1], [20, 40, 2, 1]]);
  });

  it('summarises blocks of 4, 16, 64... spans with their longest span', () => {
    const a = new SpanArray();
    for (let i = 0; i <= 64; i++) a.push(i * 10 + (i === 37 ? 5 : 0), i, i);
    // span 36 lasts 15 ns, the longest
    expect(blockSize(0)).toBe(4);
    expect(a.levels[0]?.count).toBe(16);
    expect(a.levels[1]?.count).toBe(4);
    expect(a.levels[2]?.count).toBe(1);
    expect(a.levels[2]?.longest[0]).toBe(15);
    expect(a.levels[2]?.code[0]).toBe(36);
    expect(a.levels[1]?.code[2]).toBe(36);
    expect(a.levels[0]?.code[8]).toBe(0 + 32);
  });

  it('takes whole blocks that fall in one pixel and agrees with a visit of every span', () => {
    const a = new SpanArray();
    // tiny spans with one long span (code 7) inside
    let t = 0;
    const n = 64 * 10 + 1;
    for (let i = 0; i < n; i++) {
      const long = i === 64 * 3 + 5;
      a.push(t, long ? 7 : i % 2, i);
      t += long ? 50 : 1 + (i % 3);
    }
    const one = mergeSpans(a, t, TimeScale.of(0, t + 1, 1), new Runs());
    expect(runs(one)).toEqual([[0, 1, 7, n]]);
    for (const width of [3, 17, 100, 1000, 5000]) {
      const scale = TimeScale.of(0, t + 1, width);
      const merged = mergeSpans(a, t, scale, new Runs());
      const plain = mergeSpans(withoutSummary(a), t, scale, new Runs());
      expect(runs(merged)).toEqual(runs(plain));
      let total = 0;
      for (let i = 0; i < merged.n; i++) total += merged.count[i] as number;
      expect(total).toBe(a.n);
    }
  });

  it('counts visible spans by value', () => {
    const a = spans([[0, 1], [10, 2], [30, 1], [80, 2]]);
    const c = visibleCounts(a, 100, TimeScale.of(15, 50, 10));
    expect([...c.entries()].sort()).toEqual([[1, 1], [2, 1]]);
  });
});
