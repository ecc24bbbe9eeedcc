import { describe, expect, it } from 'vitest';
import { TimeScale, formatTime } from './scale';

describe('TimeScale', () => {
  it('maps ns to pixels and back', () => {
    const s = TimeScale.of(1000, 3000, 200);
    expect(s.toPx(1000)).toBe(0);
    expect(s.toPx(2000)).toBe(100);
    expect(s.toPx(3000)).toBe(200);
    expect(s.toTime(50)).toBe(1500);
    expect(s.nsPerPx).toBe(10);
  });

  it('zooms about a point, keeping the time under it', () => {
    const s = TimeScale.of(0, 1000, 100);
    const z = s.zoomed(2, 25);
    expect(z.toTime(25)).toBeCloseTo(250, 9);
    expect(z.span).toBe(500);
    expect(z.zoomed(0.5, 25).span).toBe(1000);
    expect(s.zoomed(1e9).span).toBe(TimeScale.MIN_SPAN);
  });

  it('pans by pixels', () => {
    const s = TimeScale.of(0, 1000, 100).panned(10);
    expect(s.start).toBe(-100);
    expect(s.end).toBe(900);
  });

  it('fits with a margin and clamps to the trace', () => {
    const f = TimeScale.fit(0, 1000, 100, 0.1);
    expect(f.start).toBe(-100);
    expect(f.end).toBe(1100);
    const c = TimeScale.of(5000, 6000, 100).clamped(0, 2000);
    expect(c.end).toBe(2100);
    expect(c.span).toBe(1000);
    const wide = TimeScale.of(-1e6, 1e6, 100).clamped(0, 1000);
    expect(wide.start).toBe(-50);
    expect(wide.end).toBe(1050);
  });

  it('never gets narrower than MIN_SPAN', () => {
    expect(TimeScale.of(5, 5, 100).span).toBe(TimeScale.MIN_SPAN);
    expect(TimeScale.fit(0, 0, 100).span).toBeGreaterThanOrEqual(TimeScale.MIN_SPAN);
  });

  it('puts ticks at 1-2-5 steps with units', () => {
    const ticks = TimeScale.of(0, 10_000_000, 1000).ticks(90);
    // 90 px are 900 µs: the step is 1 ms
    expect(ticks.map((t) => t.label)).toEqual(['0 ms', '1 ms', '2 ms', '3 ms', '4 ms', '5 ms', '6 ms', '7 ms', '8 ms', '9 ms', '10 ms']);
    expect(ticks[3]?.x).toBe(300);
    const fine = TimeScale.of(1000, 1100, 1000).ticks(90);
    expect(fine.map((t) => t.label).slice(0, 3)).toEqual(['1000 ns', '1010 ns', '1020 ns']);
    const us = TimeScale.of(0, 50_000, 500).ticks(90);
    expect(us[1]?.label).toBe('10 µs');
  });

  it('formats times with the decimals a step needs', () => {
    expect(formatTime(1_500_000, 500_000)).toBe('1.5 ms');
    expect(formatTime(2_000_000_000)).toBe('2 s');
    expect(formatTime(63_890, 10)).toBe('63890 ns');
    expect(formatTime(63_890, 1000)).toBe('64 µs');
    expect(formatTime(63_890, 100)).toBe('63.9 µs');
  });
});
