import { describe, expect, it } from 'vitest';
import { syntheticTrace } from '../../bench/synthetic';
import type { TraceEvent } from '../protocol';
import { encodeBatches } from './encode';
import { fixtureJson } from './fixtures';
import { TraceStore } from './store';

describe('TraceStore', () => {
  it('loads a trace file and gives back every event as the file writes it', () => {
    const json = fixtureJson('deadlock');
    const store = TraceStore.fromTraceJson(json);
    const events = json['events'] as TraceEvent[];
    expect(store.eventCount).toBe(events.length);
    for (const e of events) expect(store.event(e.seq)).toEqual(e);
    expect(store.endTime).toBe((events[events.length - 1] as TraceEvent).t);
    expect(store.entity(2)?.name).toBe('fork');
    expect(store.entities().length).toBe((json['entities'] as unknown[]).length);
    expect(store.summary?.ending).toBe('deadlock');
    expect(store.kind(46)).toBe('deadlock.cycle');
    expect(store.detail(46, 'threads')).toEqual([5, 4]);
    expect(store.detail(46, 'nothing')).toBeUndefined();
  });

  it('refuses what is not a trace file and events out of order', () => {
    expect(() => TraceStore.fromTraceJson({ format: 'other' })).toThrow(/not an interleave trace/);
    expect(() => TraceStore.fromTraceJson({ format: 'interleave-trace', version: 2 })).toThrow(/version 2/);
    const store = new TraceStore();
    expect(() => store.addEvent({ seq: 3, t: 0, kind: 'stdout' })).toThrow(/seq 3/);
    expect(() => store.event(0)).toThrow(RangeError);
  });

  it('grows from streamed batches to the same events as the file', async () => {
    const json = fixtureJson('queue');
    const events = json['events'] as TraceEvent[];
    const store = new TraceStore();
    let fired = 0;
    store.onChange(() => fired++);
    store.addEntities({ type: 'entities', run: 1, batch: 0, entities: json['entities'] as never });
    for (const b of encodeBatches(events, 7)) store.addEvents(b);
    await Promise.resolve();
    expect(fired).toBe(1);
    expect(store.eventCount).toBe(events.length);
    for (const e of events) expect(store.event(e.seq)).toEqual(e);
    const late = encodeBatches(events, 7)[0];
    expect(() => store.addEvents(late as never)).toThrow(/starts at seq 0/);
  });

  it('finds the last event at or before a time', () => {
    const store = TraceStore.fromTraceJson(fixtureJson('deadlock'));
    expect(store.indexAtTime(-1)).toBe(-1);
    expect(store.indexAtTime(0)).toBe(2);
    expect(store.indexAtTime(10138999)).toBe(48);
    expect(store.indexAtTime(1e12)).toBe(48);
    const t = store.time(20);
    const i = store.indexAtTime(t);
    expect(store.time(i)).toBe(t);
    expect(i === store.eventCount - 1 || store.time(i + 1) > t).toBe(true);
  });

  it('takes a million streamed events quickly and keeps them exact', () => {
    const { entities, batches } = syntheticTrace({ events: 1_000_000 });
    const store = new TraceStore();
    const start = performance.now();
    store.addEntities(entities);
    for (const b of batches) store.addEvents(b);
    const ms = performance.now() - start;
    expect(store.eventCount).toBeGreaterThanOrEqual(1_000_000);
    // about 0.3 s alone; the bound leaves room for a busy machine and fails on anything quadratic
    expect(ms).toBeLessThan(5000);
    const last = batches[batches.length - 1] as (typeof batches)[number];
    const i = last.seq + last.count - 1;
    expect(store.event(i).seq).toBe(i);
    expect(store.endTime).toBe(store.time(i));
    expect(store.kind(i)).toBe(last.forms[last.form[last.count - 1] as number]?.[0]);
  }, 60_000);
});
