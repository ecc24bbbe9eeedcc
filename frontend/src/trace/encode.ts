// The server's columnar encoding of events (docs/protocol.md, the inverse of protocol.ts's
// decodeEvents): turns event objects into EventsMessage batches, so tests and the bench can feed a
// TraceStore exactly as the WebSocket does.

import type { DetailValue, EventsMessage, TraceEvent } from '../protocol';

const FIXED = new Set(['seq', 't', 'kind', 'actor', 'obj', 'line']);

/** events (contiguous seqs) as one batch. */
export function encodeEvents(events: readonly TraceEvent[], batch: number, run = 1): EventsMessage {
  const forms: string[][] = [];
  const formIds = new Map<string, number>();
  const m: EventsMessage = {
    type: 'events',
    run,
    batch,
    seq: events[0]?.seq ?? 0,
    count: events.length,
    t0: events[0]?.t ?? 0,
    forms,
    dt: [],
    form: [],
    actor: [],
    obj: [],
    line: [],
    values: [],
  };
  let prev = m.t0;
  for (const e of events) {
    const names = Object.keys(e).filter((k) => !FIXED.has(k));
    const key = [e.kind, ...names].join('\u0000');
    let f = formIds.get(key);
    if (f === undefined) {
      f = forms.length;
      forms.push([e.kind, ...names]);
      formIds.set(key, f);
    }
    m.dt.push(e.t - prev);
    prev = e.t;
    m.form.push(f);
    m.actor.push(e.actor ?? -1);
    m.obj.push(e.obj ?? -1);
    m.line.push(e.line ?? 0);
    for (const n of names) m.values.push(e[n] as DetailValue);
  }
  return m;
}

/** events cut into batches of at most size, numbered from firstBatch. */
export function encodeBatches(events: readonly TraceEvent[], size: number, firstBatch = 1): EventsMessage[] {
  const out: EventsMessage[] = [];
  for (let i = 0; i < events.length; i += size) out.push(encodeEvents(events.slice(i, i + size), firstBatch + out.length));
  return out;
}
