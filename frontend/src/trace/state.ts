// State reconstruction at any cursor: the machine after event `seq`, from the nearest checkpoint
// (one every CHECKPOINT_EVERY events, built once as the cursor first goes past them), so a query
// replays at most CHECKPOINT_EVERY events; a cursor moving forward goes on from the last answer. The console lines up to a cursor, from an index of the
// output events.

import { MachineModel } from './machine';
import type { MachineState } from './machine';
import type { TraceStore } from './store';

export type { Deadlock, DeadlockEdge, LaneKind, MachineState, ObjectView, ThreadView } from './machine';

export const CHECKPOINT_EVERY = 4096;

class Checkpoints {
  /** models[k]: the state after event k * CHECKPOINT_EVERY - 1 (models[0]: before any event) */
  readonly models: MachineModel[] = [new MachineModel()];
  /** the last state asked for: a cursor moving forward (playback, stepping) goes on from it */
  private last: MachineModel | undefined;

  at(store: TraceStore, seq: number): MachineModel {
    const want = Math.floor((seq + 1) / CHECKPOINT_EVERY);
    while (this.models.length <= want) {
      const m = (this.models[this.models.length - 1] as MachineModel).clone();
      const end = this.models.length * CHECKPOINT_EVERY;
      for (let i = m.seq + 1; i < end; i++) m.apply(store, i);
      this.models.push(m);
    }
    const checkpoint = this.models[want] as MachineModel;
    const last = this.last;
    const m = last && last.seq <= seq && last.seq >= checkpoint.seq ? last : checkpoint.clone();
    for (let i = m.seq + 1; i <= seq; i++) m.apply(store, i);
    this.last = m;
    return m;
  }
}

const checkpoints = new WeakMap<TraceStore, Checkpoints>();

/** The machine after event seq (clamped to the trace; -1: before the first event). */
export function stateAt(store: TraceStore, seq: number): MachineState {
  const last = store.eventCount - 1;
  const s = Math.max(-1, Math.min(Math.floor(seq), last));
  let c = checkpoints.get(store);
  if (!c) {
    c = new Checkpoints();
    checkpoints.set(store, c);
  }
  return c.at(store, s).view();
}

export interface ConsoleLine {
  seq: number;
  t: number;
  /** the writing thread, -1 for the machine */
  actor: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

class OutputIndex {
  readonly seqs: number[] = [];
  scanned = 0;

  sync(store: TraceStore): void {
    const out = store.kindCodeOf('stdout');
    const err = store.kindCodeOf('stderr');
    for (let i = this.scanned; i < store.eventCount; i++) {
      const k = store.kindCode(i);
      if (k === out || k === err) this.seqs.push(i);
    }
    this.scanned = store.eventCount;
  }
}

const outputs = new WeakMap<TraceStore, OutputIndex>();

/**
 * The program's output up to event uptoSeq (all of it when absent), one entry per write; with max,
 * only the last max of them (a console showing the tail of a long run needs no more).
 */
export function consoleLines(store: TraceStore, uptoSeq?: number, max?: number): ConsoleLine[] {
  let index = outputs.get(store);
  if (!index) {
    index = new OutputIndex();
    outputs.set(store, index);
  }
  index.sync(store);
  const seqs = index.seqs;
  const limit = uptoSeq ?? Number.POSITIVE_INFINITY;
  // writes at or before limit: seqs[0 .. end)
  let lo = 0;
  let hi = seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((seqs[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  const end = lo;
  const from = max === undefined ? 0 : Math.max(0, end - max);
  const lines: ConsoleLine[] = [];
  for (let k = from; k < end; k++) {
    const seq = seqs[k] as number;
    const text = store.detail(seq, 'text');
    lines.push({
      seq,
      t: store.time(seq),
      actor: store.actor(seq),
      stream: store.kind(seq) === 'stderr' ? 'stderr' : 'stdout',
      text: typeof text === 'string' ? text : '',
    });
  }
  return lines;
}
