// What is under the pointer: the span of a lane or the object event at a time, with the event that
// began it (the cursor goes there on a click), its state and why. No DOM: tested on real traces.

import { explainObject, explainThread, spanSummary } from '../trace/explain';
import { formatNs } from '../trace/format';
import type { SpanArray, SpanIndex } from '../trace/spans';
import type { TraceStore } from '../trace/store';
import type { TrackIndex } from '../trace/tracks';
import type { Row } from './layout';

export interface Pick {
  /** the lane's entity (thread, task, process); for a core or the GIL the holder, -1 when none */
  laneId: number;
  /** the event that began the span (or the object's event) */
  seq: number;
  t: number;
  /** the span's end (the next span's start, or the trace's end) */
  end: number;
  state: string;
  /** why the lane is in that state (computed on demand: it rebuilds the state at seq) */
  why(): string;
  /** one line for a tooltip: the state and how long it lasted */
  summary: string;
}

function spanPick(store: TraceStore, a: SpanArray | undefined, t: number): { i: number; seq: number; start: number; end: number } | undefined {
  if (!a) return undefined;
  const i = a.indexAt(t);
  if (i < 0) return undefined;
  return { i, seq: a.seq[i] as number, start: a.start[i] as number, end: a.endOf(i, store.endTime) };
}

export function pickAt(store: TraceStore, spans: SpanIndex, tracks: TrackIndex, row: Row, t: number): Pick | undefined {
  if (t < 0 || t > store.endTime || store.eventCount === 0) return undefined;
  const name = (id: number): string => store.entity(id)?.name ?? `#${id}`;
  switch (row.kind) {
    case 'thread':
    case 'task':
    case 'process': {
      const a = spans.lanes.get(row.id);
      const s = spanPick(store, a, t);
      if (!s || !a) return undefined;
      const state = spans.stateNames[a.code[s.i] as number] ?? '?';
      return { laneId: row.id, seq: s.seq, t: s.start, end: s.end, state, why: () => explainThread(store, row.id, s.seq), summary: spanSummary(state, s.start, s.end) };
    }
    case 'core':
    case 'gil': {
      const a = row.kind === 'core' ? spans.cores.get(row.id) : spans.gil.get(row.id);
      const s = spanPick(store, a, t);
      if (!s || !a) return undefined;
      const holder = a.code[s.i] as number;
      const where = row.kind === 'core' ? `core ${row.id}` : `the GIL of ${name(row.id)}`;
      const state = holder < 0 ? (row.kind === 'core' ? 'idle' : 'free') : row.kind === 'core' ? `runs ${name(holder)}` : `held by ${name(holder)}`;
      return { laneId: holder, seq: s.seq, t: s.start, end: s.end, state, why: () => `${where}: ${state}`, summary: spanSummary(state, s.start, s.end) };
    }
    case 'object': {
      const tr = tracks.tracks.get(row.id);
      if (!tr || tr.n === 0) return undefined;
      const i = tr.indexAt(t);
      if (i < 0) return undefined;
      const seq = tr.seq[i] as number;
      const start = tr.t[i] as number;
      const end = i + 1 < tr.n ? (tr.t[i + 1] as number) : store.endTime;
      const state = store.kind(seq);
      const by = store.actor(seq);
      return {
        laneId: row.id,
        seq,
        t: start,
        end,
        state,
        why: () => explainObject(store, row.id, seq),
        summary: `${state}${by >= 0 ? ` by ${name(by)}` : ''} at ${formatNs(start)}; unchanged for ${formatNs(end - start)}`,
      };
    }
    default:
      return undefined;
  }
}
