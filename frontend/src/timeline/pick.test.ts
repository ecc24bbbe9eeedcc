import { describe, expect, it } from 'vitest';
import { fixture } from '../trace/fixtures';
import { SpanIndex } from '../trace/spans';
import { TrackIndex } from '../trace/tracks';
import { layout } from './layout';
import type { Row } from './layout';
import { pickAt } from './pick';

function setup(name: Parameters<typeof fixture>[0]) {
  const store = fixture(name);
  const spans = new SpanIndex(store);
  const tracks = new TrackIndex(store);
  spans.sync();
  tracks.sync();
  const rows = layout({ entities: store.entities(), cores: 2, gilProcesses: new Set(spans.gil.keys()) }).rows;
  const row = (key: string): Row => rows.find((r) => r.key === key) as Row;
  return { store, spans, tracks, row };
}

describe('pickAt', () => {
  it('picks the span of a thread under the pointer and says why', () => {
    const { store, spans, tracks, row } = setup('deadlock');
    // left blocks on the knife at seq 40 (t 10083221) until the end
    const p = pickAt(store, spans, tracks, row('thread:4'), 10_100_000);
    expect(p).toMatchObject({ laneId: 4, seq: 40, t: 10083221, end: store.endTime, state: 'blocked' });
    expect(p?.why()).toBe('left is blocked on lock knife (acquire), held by right at line 13');
    expect(p?.summary).toBe('blocked from 10.08 ms for 55.78 µs');
    expect(pickAt(store, spans, tracks, row('thread:4'), -5)).toBeUndefined();
    expect(pickAt(store, spans, tracks, row('thread:4'), store.endTime + 1)).toBeUndefined();
  });

  it('picks who runs on a core and who holds the GIL', () => {
    const { store, spans, tracks, row } = setup('queue');
    const core = pickAt(store, spans, tracks, row('core:1'), 65_000);
    expect(core).toMatchObject({ laneId: 3, seq: 10, state: 'runs Thread-1 (consumer)' });
    expect(core?.why()).toBe('core 1: runs Thread-1 (consumer)');
    const gil = pickAt(store, spans, tracks, row('gil:0'), 65_000);
    expect(gil).toMatchObject({ laneId: 3, seq: 9, state: 'held by Thread-1 (consumer)' });
  });

  it('picks the last event of an object at or before the time', () => {
    const { store, spans, tracks, row } = setup('queue');
    const q = pickAt(store, spans, tracks, row('object:2'), 128_900);
    expect(q).toMatchObject({ laneId: 2, seq: 30, state: 'queue.put' });
    expect(q?.why()).toContain('queue q: ');
    expect(q?.why()).toContain('size 2');
    expect(q?.summary).toContain('queue.put by Thread-2 (producer) at 128.9 µs');
  });
});
