import { describe, expect, it } from 'vitest';
import { explainObject, explainThread, spanSummary } from './explain';
import { fixture } from './fixtures';
import { formatNs } from './format';

describe('explain', () => {
  it('says what a blocked thread waits for and who holds it', () => {
    const store = fixture('deadlock');
    expect(explainThread(store, 4, 40)).toBe('left is blocked on lock knife (acquire), held by right at line 13');
    expect(explainThread(store, 1, 2)).toBe('MainThread runs on core 0');
    expect(explainThread(store, 5, 0)).toBe('right does not exist yet');
    expect(explainThread(store, 1, 48)).toBe('MainThread is blocked on thread left (join) at line 30');
  });

  it('says what a queue, a semaphore and a barrier waited on hold', () => {
    expect(explainThread(fixture('queue'), 4, 31)).toBe('Thread-2 (producer) is blocked on queue q (put), 2 items in it of 2 at line 17');
    expect(explainThread(fixture('semaphore'), 5, 17)).toBe('Thread-1 (worker) is blocked on barrier inside_together (wait), 1 of 3 arrived at line 17');
  });

  it('names the GIL holder a thread waits for', () => {
    const store = fixture('queue');
    // seq 11: the main thread waits for the GIL, which thread 3 (the consumer) holds
    expect(explainThread(store, 1, 11)).toBe('MainThread waits for the GIL, held by Thread-1 (consumer)');
  });

  it('lists an object facts', () => {
    const store = fixture('deadlock');
    expect(explainObject(store, 2, 13)).toBe('lock fork: holder left; depth 1; waiters none; waiting 0');
  });

  it('formats times', () => {
    expect(formatNs(640)).toBe('640 ns');
    expect(formatNs(63_890)).toBe('63.89 µs');
    expect(formatNs(10_138_999)).toBe('10.14 ms');
    expect(formatNs(2_500_000_000)).toBe('2.5 s');
    expect(spanSummary('running', 1000, 64890)).toBe('running from 1 µs for 63.89 µs');
  });
});
