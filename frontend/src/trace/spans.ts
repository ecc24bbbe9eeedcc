// Span arrays per lane, built incrementally from the store: a thread's, task's or process's
// states (from its `*.state` events; a process's from its lifecycle events), who runs on each core, who holds each process's GIL. A span
// runs from its start to the next span's start (the last one to the trace's end). Blocks of 4,
// 16, 64... spans keep their longest span (a summary tree with fan-out 4), so the per-pixel merge
// takes a whole block that falls inside one pixel at once: a frame costs about a few visits per
// pixel whatever the number of spans.

import { PROCESS_STATES, laneKindOf } from './machine';
import type { TraceStore } from './store';

export const FANOUT = 4;
export const LEVELS = 8;

/** Spans in a block of summary level l (0: 4 spans, 1: 16...). */
export function blockSize(l: number): number {
  return FANOUT ** (l + 1);
}

const SIZES = Int32Array.from({ length: LEVELS }, (_, l) => blockSize(l));

/** One level of the summary: per complete block, the duration and value of its longest span. */
export class BlockLevel {
  count = 0;
  longest = new Float64Array(4);
  code = new Int32Array(4);

  add(longest: number, code: number): void {
    if (this.count === this.longest.length) {
      this.longest = copy(this.longest, new Float64Array(this.count * 2));
      this.code = copy(this.code, new Int32Array(this.count * 2));
    }
    this.longest[this.count] = longest;
    this.code[this.count] = code;
    this.count++;
  }
}

/** The states of one lane: span i starts at start[i] with value code[i], set by event seq[i]. */
export class SpanArray {
  n = 0;
  start = new Float64Array(16);
  code = new Int32Array(16);
  seq = new Int32Array(16);
  /** levels[l]: the summary of blocks of blockSize(l) spans, complete once the span after exists */
  readonly levels: BlockLevel[] = Array.from({ length: LEVELS }, () => new BlockLevel());

  /** A new span from t with value code; with merge, a span with the current value is no change. */
  push(t: number, code: number, seq: number, merge = false): void {
    if (merge && this.n > 0 && this.code[this.n - 1] === code) return;
    if (this.n === this.start.length) {
      const size = this.n * 2;
      this.start = copy(this.start, new Float64Array(size));
      this.code = copy(this.code, new Int32Array(size));
      this.seq = copy(this.seq, new Int32Array(size));
    }
    this.start[this.n] = t;
    this.code[this.n] = code;
    this.seq[this.n] = seq;
    this.n++;
    this.summarise();
  }

  /** End of span i: the next span's start, or end for the last one. */
  endOf(i: number, end: number): number {
    return i + 1 < this.n ? (this.start[i + 1] as number) : end;
  }

  /** Index of the span covering t (the last with start <= t), -1 before the first. */
  indexAt(t: number): number {
    let lo = 0;
    let hi = this.n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.start[mid] as number) <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Closes the blocks the newest span completes: those ending where it starts. */
  private summarise(): void {
    const done = this.n - 1; // spans whose end is known
    if (done === 0 || (done & 3) !== 0) return;
    for (let l = 0; l < LEVELS; l++) {
      const size = SIZES[l] as number;
      if ((done & (size - 1)) !== 0) return;
      const b = done / size - 1;
      let best = -1;
      let code = 0;
      if (l === 0) {
        for (let i = b * size; i < (b + 1) * size; i++) {
          const d = (this.start[i + 1] as number) - (this.start[i] as number);
          if (d > best) {
            best = d;
            code = this.code[i] as number;
          }
        }
      } else {
        const below = this.levels[l - 1] as BlockLevel;
        for (let c = b * FANOUT; c < (b + 1) * FANOUT; c++) {
          if ((below.longest[c] as number) > best) {
            best = below.longest[c] as number;
            code = below.code[c] as number;
          }
        }
      }
      (this.levels[l] as BlockLevel).add(best, code);
    }
  }
}

/** What an event kind means to the lane spans. */
const enum Role {
  Other,
  GilTake,
  GilRelease,
  Create,
  Process,
  State,
  ThreadState,
}

function roleOf(kind: string): Role {
  if (kind === 'gil.take') return Role.GilTake;
  if (kind === 'gil.release' || kind === 'gil.drop') return Role.GilRelease;
  if (kind === 'thread.create') return Role.Create;
  if (kind === 'thread.state') return Role.ThreadState;
  if (PROCESS_STATES[kind] !== undefined) return Role.Process;
  if (kind.endsWith('.state')) return Role.State;
  return Role.Other;
}

function copy<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Lane spans for every thread, task and process, every core and every process's GIL. */
export class SpanIndex {
  /** by entity id: its states; codes index stateNames */
  readonly lanes = new Map<number, SpanArray>();
  /** by core number: the running thread's id, -1 idle */
  readonly cores = new Map<number, SpanArray>();
  /** by process id: the holder's id, -1 free */
  readonly gil = new Map<number, SpanArray>();
  readonly stateNames: string[] = [];
  private readonly stateCodes = new Map<string, number>();
  /** the core each running thread is on */
  private readonly coreOf = new Map<number, number>();
  private readonly coreRunner = new Map<number, number>();
  private scanned = 0;
  /** by kind code: what its events mean here */
  private readonly roles: Role[] = [];
  /** by entity id: whether it has a lane */
  private readonly laneIds: boolean[] = [];

  constructor(private readonly store: TraceStore) {}

  stateCode(name: string): number {
    let c = this.stateCodes.get(name);
    if (c === undefined) {
      c = this.stateNames.length;
      this.stateNames.push(name);
      this.stateCodes.set(name, c);
    }
    return c;
  }

  /** Takes in the events added to the store since the last call. */
  sync(): void {
    const s = this.store;
    const n = s.eventCount;
    for (let i = this.scanned; i < n; i++) {
      const k = s.kindCode(i);
      let role = this.roles[k];
      if (role === undefined) role = this.roles[k] = roleOf(s.kindName(k) as string);
      switch (role) {
        case Role.GilTake:
          this.gilEvent(i, true);
          break;
        case Role.GilRelease:
          this.gilEvent(i, false);
          break;
        case Role.Create:
          this.lane(this.lanes, s.obj(i)).push(s.time(i), this.stateCode('created'), i);
          break;
        case Role.Process:
          if (this.isLane(s.obj(i))) {
            this.lane(this.lanes, s.obj(i)).push(s.time(i), this.stateCode(PROCESS_STATES[s.kindName(k) as string] as string), i);
          }
          break;
        case Role.State:
        case Role.ThreadState:
          this.stateEvent(i, role === Role.ThreadState);
          break;
        default:
          break;
      }
    }
    this.scanned = n;
  }

  /** Whether an entity has a lane (a thread, task or process), cached by id. */
  private isLane(id: number): boolean {
    if (id < 0) return false;
    let lane = this.laneIds[id];
    if (lane === undefined) {
      const e = this.store.entity(id);
      if (!e) return false;
      lane = this.laneIds[id] = laneKindOf(e.kind) !== undefined;
    }
    return lane;
  }

  private lane(map: Map<number, SpanArray>, id: number): SpanArray {
    let a = map.get(id);
    if (!a) {
      a = new SpanArray();
      map.set(id, a);
    }
    return a;
  }

  private stateEvent(i: number, thread: boolean): void {
    const s = this.store;
    const state = s.detail(i, 'state');
    const id = s.obj(i);
    if (typeof state !== 'string' || !this.isLane(id)) return;
    const t = s.time(i);
    this.lane(this.lanes, id).push(t, this.stateCode(state), i);
    if (!thread) return;
    const was = this.coreOf.get(id);
    const core = s.detail(i, 'core');
    if (was !== undefined && this.coreRunner.get(was) === id && !(state === 'running' && core === was)) {
      this.coreRunner.set(was, -1);
      this.lane(this.cores, was).push(t, -1, i, true);
      this.coreOf.delete(id);
    }
    if (state === 'running' && typeof core === 'number') {
      this.coreOf.set(id, core);
      this.coreRunner.set(core, id);
      this.lane(this.cores, core).push(t, id, i, true);
    }
  }

  private gilEvent(i: number, take: boolean): void {
    const s = this.store;
    const proc = s.obj(i);
    const gil = this.lane(this.gil, proc);
    const holder = gil.n > 0 ? (gil.code[gil.n - 1] as number) : -1;
    if (take) gil.push(s.time(i), s.actor(i), i, true);
    else if (holder === s.actor(i)) gil.push(s.time(i), -1, i, true);
  }
}
