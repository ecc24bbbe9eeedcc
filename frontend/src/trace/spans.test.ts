import { describe, expect, it } from 'vitest';
import { ArrowIndex } from './arrows';
import { fixture } from './fixtures';
import { SpanIndex } from './spans';
import { TrackIndex } from './tracks';

describe('SpanIndex on a real trace', () => {
  it('gives each thread its states, each core its runner and the GIL its holders', () => {
    const store = fixture('queue');
    const spans = new SpanIndex(store);
    spans.sync();
    const consumer = spans.lanes.get(3);
    expect(consumer).toBeDefined();
    const names = (a: NonNullable<typeof consumer>): string[] =>
      Array.from(a.code.subarray(0, a.n), (c) => spans.stateNames[c] as string);
    expect(names(consumer!).slice(0, 5)).toEqual(['created', 'gil-wait', 'running', 'blocked', 'gil-wait']);
    expect(consumer!.seq[3]).toBe(13);
    expect(consumer!.start[3]).toBe(65200);
    // core 1: thread 3 from seq 10 until it blocks at seq 13, then idle, then thread 4 from seq 24
    const core1 = spans.cores.get(1)!;
    expect(Array.from(core1.code.subarray(0, 4))).toEqual([3, -1, 4, -1]);
    expect(Array.from(core1.seq.subarray(0, 4))).toEqual([10, 13, 24, 31]);
    const gil = spans.gil.get(0)!;
    expect(Array.from(gil.code.subarray(0, 5))).toEqual([1, -1, 3, -1, 1]);
    // at 65200 seq 14 frees it and seq 15 gives it to the main thread: the free span lasts 0 ns
    expect(gil.indexAt(65200)).toBe(4);
    expect(gil.endOf(3, store.endTime) - gil.start[3]!).toBe(0);
  });

  it('grows with the store', () => {
    const store = fixture('deadlock');
    const spans = new SpanIndex(store);
    spans.sync();
    const before = spans.lanes.get(4)!.n;
    spans.sync();
    expect(spans.lanes.get(4)!.n).toBe(before);
  });
});

describe('TrackIndex on real traces', () => {
  it('charts a queue filling up to its maxsize', () => {
    const store = fixture('queue');
    const tracks = new TrackIndex(store);
    tracks.sync();
    const q = tracks.tracks.get(2)!;
    expect(q.levelKind).toBe('size');
    expect(q.ceiling).toBe(2);
    expect(q.maxLevel).toBe(2);
    expect(Array.from(q.level.subarray(0, 3))).toEqual([1, 2, 1]);
    expect(Array.from(q.seq.subarray(0, 3))).toEqual([27, 30, 39]);
  });

  it('charts a queue\'s unfinished tasks beside its size, from the events that say them', () => {
    const store = fixture('queue');
    const tracks = new TrackIndex(store);
    tracks.sync();
    const q = tracks.tracks.get(2)!;
    expect(q.hasSecond).toBe(true);
    for (let k = 0; k < q.n; k++) {
      const e = store.event(q.seq[k] as number);
      if (typeof e['unfinished'] === 'number') expect(q.second[k]).toBe(e['unfinished']);
      else if (k > 0) expect(q.second[k]).toBe(q.second[k - 1]);
    }
    const lock = new TrackIndex(fixture('deadlock'));
    lock.sync();
    expect(lock.tracks.get(2)!.hasSecond).toBe(false);
  });

  it('keeps a lock holder and a semaphore value', () => {
    const dl = fixture('deadlock');
    const locks = new TrackIndex(dl);
    locks.sync();
    const fork = locks.tracks.get(2)!;
    expect(fork.levelKind).toBe('held');
    expect(fork.holder[0]).toBe(4);
    const sem = new TrackIndex(fixture('semaphore'));
    sem.sync();
    const s = sem.tracks.get(2)!;
    expect(s.maxLevel).toBe(3);
    expect(Array.from(s.level.subarray(0, 4))).toEqual([2, 1, 0, 1]);
  });
});

describe('ArrowIndex on real traces', () => {
  it('links a put to the getter it wakes, and a start to the started thread', () => {
    const store = fixture('queue');
    const arrows = new ArrowIndex(store);
    arrows.sync();
    expect(arrows.arrows).toContainEqual({ fromSeq: 27, toSeq: 28, fromLane: 4, toLane: 3, kind: 'queue.put' });
    expect(arrows.arrows).toContainEqual({ fromSeq: 4, toSeq: 4, fromLane: 1, toLane: 3, kind: 'thread.start' });
    expect(arrows.arrows).toContainEqual({ fromSeq: 10, toSeq: 11, fromLane: 3, toLane: 1, kind: 'start' });
    expect(arrows.arrows.find((a) => a.toSeq === 28)).toBeDefined();
    const ordered = arrows.arrows.every((a, i, all) => i === 0 || (all[i - 1]!.toSeq <= a.toSeq));
    expect(ordered).toBe(true);
    expect(arrows.arrows[arrows.firstFrom(28)]?.toSeq).toBe(28);
  });

  it('links a notify to its waiter', () => {
    const store = fixture('condition');
    const arrows = new ArrowIndex(store);
    arrows.sync();
    const notify = arrows.arrows.find((a) => a.kind === 'condition.notify');
    expect(notify).toMatchObject({ fromSeq: 31, fromLane: 5, toLane: 4 });
  });
});
