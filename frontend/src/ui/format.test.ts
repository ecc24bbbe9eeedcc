import { describe, expect, it } from 'vitest';
import { formatNanos } from './format';

describe('formatNanos', () => {
  it('picks a readable unit', () => {
    expect(formatNanos(850)).toBe('850 ns');
    expect(formatNanos(64890)).toBe('64.89 µs');
    expect(formatNanos(4191560)).toBe('4.19 ms');
    expect(formatNanos(1_500_000_000)).toBe('1.5 s');
    expect(formatNanos(123_456_000)).toBe('123.5 ms');
    expect(formatNanos(0)).toBe('0 ns');
  });
});
