import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  PROTOCOL_FIELDS,
  batchOf,
  decodeEvents,
  encodeClientMessage,
  eventObjects,
  parseServerMessage,
  type EventsMessage,
} from './protocol';

// A batch as the server sends it (three events of the trace.md example, from seq 13).
const BATCH = `{"type":"events","run":4,"batch":9,"seq":13,"count":3,"t0":64210,
"forms":[["lock.acquire","holder","depth","waiters","waiting"],["stdout","text"],["custom","info"]],
"dt":[0,50,60],"form":[0,1,2],"actor":[3,3,-1],"obj":[2,-1,-1],"line":[4,5,0],
"values":[3,1,[],0,"hi\\n",{"a":[1,null]}],
"decisions":[{"seq":16,"kind":"gil","options":[1,3],"chosen":3}]}`;

describe('event batches', () => {
  it('decode into typed columns', () => {
    const m = parseServerMessage(BATCH) as EventsMessage;
    const c = decodeEvents(m);

    expect(c.count).toBe(3);
    expect(Array.from(c.t)).toEqual([64210, 64260, 64320]);
    expect(Array.from(c.actor)).toEqual([3, 3, -1]);
    expect(Array.from(c.valueStart)).toEqual([0, 4, 5]);
    expect(c.decisions).toEqual([{ seq: 16, kind: 'gil', options: [1, 3], chosen: 3 }]);
  });

  it('decode into the trace file objects', () => {
    const events = eventObjects(parseServerMessage(BATCH) as EventsMessage);

    expect(events).toEqual([
      { seq: 13, t: 64210, kind: 'lock.acquire', actor: 3, obj: 2, line: 4, holder: 3, depth: 1, waiters: [], waiting: 0 },
      { seq: 14, t: 64260, kind: 'stdout', actor: 3, line: 5, text: 'hi\n' },
      { seq: 15, t: 64320, kind: 'custom', info: { a: [1, null] } },
    ]);
  });

  it('refuse a batch whose values do not add up', () => {
    const m = parseServerMessage(BATCH) as EventsMessage;
    expect(() => decodeEvents({ ...m, values: m.values.slice(1) })).toThrow(/values/);
  });
});

describe('messages', () => {
  it('parse server messages by type and refuse others', () => {
    expect(parseServerMessage('{"type":"started","run":1}')).toEqual({ type: 'started', run: 1 });
    expect(() => parseServerMessage('{"type":"launch"}')).toThrow(/unknown server message type/);
    expect(() => parseServerMessage('[1]')).toThrow(/not an object/);
  });

  it('encode client messages as JSON', () => {
    const text = encodeClientMessage({ type: 'start', source: 'print(1)', config: { cores: 2 }, mode: 'interactive' });
    expect(JSON.parse(text)).toEqual({ type: 'start', source: 'print(1)', config: { cores: 2 }, mode: 'interactive' });
  });

  it('know which messages are data', () => {
    expect(batchOf({ type: 'entities', run: 1, batch: 5, entities: [] })).toBe(5);
    expect(batchOf({ type: 'queued', run: 1, position: 2 })).toBeUndefined();
  });

  it('list every member of every message', () => {
    expect(Object.keys(PROTOCOL_FIELDS)).toContain('events');
    expect(ERROR_CODES).toContain('syntax-error');
  });
});
