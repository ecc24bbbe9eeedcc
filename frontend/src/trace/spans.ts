// Span arrays per lane, built incrementally from the store: a thread's, task's or process's
// states (from its `*.state` events), who runs on each core, who holds each process's GIL. A span
// runs from its start to the next span's start (the last one to the trace's end). Every
// BLOCK spans keep their longest span, so the per-pixel merge can take a whole block that falls in
// one pixel at once.

import type { TraceStore } from './store';

export const BLOCK = 64;

/** The states of one lane: span i starts at start[i] with value code[i], set by event seq[i]. */
export class SpanArray {
  n = 0;
  start = new Float64Array(16);
  code = new Int32Array(16);
  seq = new Int32Array(16);
  /** per complete block: the duration and code of its longest span */
  blockLongest = new Float64Array(4);
  blockCode = new Int32Array(4);

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
    // block b is complete once the span after it exists (its last span's end is known)
    if (this.n > BLOCK && (this.n - 1) % BLOCK === 0) this.closeBlock((this.n - 1) / BLOCK - 1);
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

  /** Blocks whose longest span is known. */
  get completeBlocks(): number {
    return this.n > BLOCK ? Math.floor((this.n - 1) / BLOCK) : 0;
  }

  private closeBlock(b: number): void {
    if (b >= this.blockLongest.length) {
      this.blockLongest = copy(this.blockLongest, new Float64Array(this.blockLongest.length * 2));
      this.blockCode = copy(this.blockCode, new Int32Array(this.blockCode.length * 2));
    }
    let best = -1;
    let code = 0;
    for (let i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
      const d = (this.start[i + 1] as number) - (this.start[i] as number);
      if (d > best) {
        best = d;
        code = this.code[i] as number;
      }
    }
    this.blockLongest[b] = best;
    this.blockCode[b] = code;
  }
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
  /** by kind code: whether the kind is a `*.state` kind */
  private readonly isState: boolean[] = [];

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
    const take = s.kindCodeOf('gil.take');
    const release = s.kindCodeOf('gil.release');
    const drop = s.kindCodeOf('gil.drop');
    const create = s.kindCodeOf('thread.create');
    for (let i = this.scanned; i < n; i++) {
      const k = s.kindCode(i);
      if (k === take || k === release || k === drop) {
        this.gilEvent(i, k === take);
      } else if (k === create) {
        this.lane(this.lanes, s.obj(i)).push(s.time(i), this.stateCode('created'), i);
      } else {
        let st = this.isState[k];
        if (st === undefined) st = this.isState[k] = (s.kindName(k) as string).endsWith('.state');
        if (st) this.stateEvent(i);
      }
    }
    this.scanned = n;
  }

  private lane(map: Map<number, SpanArray>, id: number): SpanArray {
    let a = map.get(id);
    if (!a) {
      a = new SpanArray();
      map.set(id, a);
    }
    return a;
  }

  private stateEvent(i: number): void {
    const s = this.store;
    const state = s.detail(i, 'state');
    const id = s.obj(i);
    if (typeof state !== 'string' || id < 0) return;
    const t = s.time(i);
    this.lane(this.lanes, id).push(t, this.stateCode(state), i);
    if (s.kind(i) !== 'thread.state') return;
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
