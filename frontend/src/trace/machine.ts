// The machine's state as the trace tells it, rebuilt event by event: what state.ts checkpoints and
// replays. Pure data: no DOM, no store mutation. Unknown event kinds are taken generically: a
// `<anything>.state` event with a `state` detail about a thread, task or process sets its lane
// state; any event about an object (a `future.state` too) adds its details to the object's facts.

import type { DetailValue, TraceEntity } from '../protocol';
import type { TraceStore } from './store';

export type LaneKind = 'thread' | 'task' | 'process';

export interface ThreadView {
  id: number;
  name: string;
  process: number;
  kind: LaneKind;
  state: string;
  line?: number;
  on?: number;
  reason?: string;
  core?: number;
}

export interface ObjectView {
  id: number;
  kind: string;
  name: string;
  line?: number;
  facts: Record<string, DetailValue>;
}

export interface DeadlockEdge {
  from: number;
  to: number;
  via: number;
  line?: number;
}

export interface Deadlock {
  /** the threads of the cycle, the one whose wait closed it first */
  cycle: number[];
  edges: DeadlockEdge[];
  seq: number;
}

export interface MachineState {
  /** the last event applied (-1: none) */
  seq: number;
  t: number;
  threads: ThreadView[];
  objects: ObjectView[];
  /** per process id: the GIL holder, null when free */
  gil: Record<number, number | null>;
  deadlock?: Deadlock;
}

/** Entity kinds that get a lane of their own. */
export function laneKindOf(kind: string): LaneKind | undefined {
  if (kind === 'thread' || kind === 'process') return kind;
  if (kind === 'task' || kind === 'coroutine') return 'task';
  return undefined;
}

/**
 * A process's lane state after its lifecycle events (multiprocessing, os.fork): alive from its
 * creation, exited, a zombie until its parent reaps it, then done.
 */
export const PROCESS_STATES: Record<string, string> = {
  'process.create': 'alive',
  'process.exit': 'exited',
  'process.zombie': 'zombie',
  'process.reaped': 'done',
};

/** Details that say what one event did rather than the object's standing state. */
const TRANSIENT = new Set(['woke', 'handoff', 'item', 'index', 'by', 'immediate', 'cause', 'text']);

/** The state an object starts in, before any event about it, by kind. */
function initialFacts(e: TraceEntity): Record<string, DetailValue> {
  const facts: Record<string, DetailValue> = {};
  for (const key in e) {
    if (key !== 'id' && key !== 'kind' && key !== 'name' && key !== 'line' && key !== 'process') facts[key] = e[key] as DetailValue;
  }
  switch (e.kind) {
    case 'lock':
    case 'rlock':
      return { holder: null, depth: 0, waiters: [], waiting: 0, ...facts };
    case 'semaphore':
    case 'bounded-semaphore':
      return { value: (facts['initial'] as number | undefined) ?? 1, waiters: [], ...facts };
    case 'event':
      return { flag: false, waiters: [], ...facts };
    case 'condition':
      return { waiters: [], waiting: 0, ...facts };
    case 'barrier':
      return { count: 0, generation: 0, waiters: [], ...facts };
    case 'queue':
      return { size: 0, items: [], unfinished: 0, ...facts };
    default:
      return facts;
  }
}

/** A mutable machine state that events are applied to in order; cloned for checkpoints. */
export class MachineModel {
  seq = -1;
  t = 0;
  threads = new Map<number, ThreadView>();
  objects = new Map<number, ObjectView>();
  gil: Record<number, number | null> = {};
  deadlock: Deadlock | undefined;
  /** the highest entity id an event has named: objects up to it exist */
  maxEntity = -1;

  clone(): MachineModel {
    const m = new MachineModel();
    m.seq = this.seq;
    m.t = this.t;
    for (const [id, v] of this.threads) m.threads.set(id, { ...v });
    for (const [id, v] of this.objects) m.objects.set(id, { ...v, facts: { ...v.facts } });
    m.gil = { ...this.gil };
    m.deadlock = this.deadlock;
    m.maxEntity = this.maxEntity;
    return m;
  }

  apply(store: TraceStore, i: number): void {
    this.seq = i;
    this.t = store.time(i);
    const kind = store.kind(i);
    const actor = store.actor(i);
    const obj = store.obj(i);
    this.see(store, actor);
    this.see(store, obj);
    // an event's line is where its actor is now: the code view follows every step, not only state changes
    const line = store.line(i);
    const doer = line ? this.threads.get(actor) : undefined;
    if (doer && doer.kind === 'thread') doer.line = line;
    if (kind === 'thread.create') {
      this.lane(store, obj, 'created');
    } else if (kind === 'thread.rename') {
      const v = this.threads.get(obj);
      const name = store.detail(i, 'name');
      if (v && typeof name === 'string') v.name = name;
    } else if (kind.startsWith('gil.')) {
      if (kind === 'gil.take') this.gil[obj] = actor;
      else if (kind === 'gil.release' || kind === 'gil.drop') {
        if (this.gil[obj] === actor) this.gil[obj] = null;
      }
    } else if (PROCESS_STATES[kind] !== undefined && store.entity(obj)?.kind === 'process') {
      this.processEvent(store, i, obj, PROCESS_STATES[kind] as string);
    } else if (kind === 'deadlock.cycle') {
      this.closeCycle(store, i);
    } else if (kind.endsWith('.state') && typeof store.detail(i, 'state') === 'string' && laneKindOf(store.entity(obj)?.kind ?? '')) {
      this.setLaneState(store, i, obj);
    } else if (obj >= 0 && !laneKindOf(store.entity(obj)?.kind ?? '')) {
      this.objectEvent(store, i, obj, kind, actor);
    }
  }

  view(): MachineState {
    const state: MachineState = {
      seq: this.seq,
      t: this.t,
      threads: [...this.threads.values()].map((v) => ({ ...v })),
      objects: [...this.objects.values()].map((v) => ({ ...v, facts: { ...v.facts } })),
      gil: { ...this.gil },
    };
    if (this.deadlock) state.deadlock = this.deadlock;
    return state;
  }

  /** Brings in every entity up to id (processes as lanes, objects with their initial facts). */
  private see(store: TraceStore, id: number): void {
    while (this.maxEntity < id) {
      const e = store.entity(++this.maxEntity);
      if (!e) continue;
      const lk = laneKindOf(e.kind);
      if (lk === 'process' || lk === 'task') this.lane(store, e.id, lk === 'process' ? 'alive' : 'created');
      else if (!lk) {
        const v: ObjectView = { id: e.id, kind: e.kind, name: e.name, facts: initialFacts(e) };
        if (e.line) v.line = e.line;
        this.objects.set(e.id, v);
      }
    }
  }

  private lane(store: TraceStore, id: number, state: string): ThreadView | undefined {
    let v = this.threads.get(id);
    if (v) return v;
    const e = store.entity(id);
    if (!e) return undefined;
    v = { id, name: e.name, process: e.process, kind: laneKindOf(e.kind) ?? 'thread', state };
    this.threads.set(id, v);
    return v;
  }

  private setLaneState(store: TraceStore, i: number, id: number): void {
    const v = this.lane(store, id, 'created');
    if (!v) return;
    v.state = store.detail(i, 'state') as string;
    const line = store.line(i);
    if (line) v.line = line;
    const on = store.detail(i, 'on');
    const reason = store.detail(i, 'reason');
    const core = store.detail(i, 'core');
    if (typeof on === 'number') v.on = on;
    else delete v.on;
    if (typeof reason === 'string') v.reason = reason;
    else delete v.reason;
    if (typeof core === 'number') v.core = core;
    else delete v.core;
  }

  private processEvent(store: TraceStore, i: number, id: number, state: string): void {
    const v = this.lane(store, id, state);
    if (!v) return;
    v.state = state;
    const code = store.detail(i, 'code');
    const signal = store.detail(i, 'signal');
    if (typeof signal === 'number') v.reason = `signal ${signal}`;
    else if (typeof code === 'number') v.reason = `exit code ${code}`;
  }

  private objectEvent(store: TraceStore, i: number, obj: number, kind: string, actor: number): void {
    const v = this.objects.get(obj);
    if (!v) return;
    for (const name of store.detailNames(i)) {
      if (!TRANSIENT.has(name)) v.facts[name] = store.detail(i, name) as DetailValue;
    }
    v.facts['last'] = kind;
    if (actor >= 0) v.facts['lastActor'] = actor;
  }

  /** The wait-for edges of a cycle: each thread waits via an object for the next one. */
  private closeCycle(store: TraceStore, i: number): void {
    const cycle = ((store.detail(i, 'threads') as DetailValue[] | undefined) ?? []).filter(
      (x): x is number => typeof x === 'number',
    );
    const edges: DeadlockEdge[] = [];
    for (let k = 0; k < cycle.length; k++) {
      const from = cycle[k] as number;
      const to = cycle[(k + 1) % cycle.length] as number;
      const waiting = this.threads.get(from);
      const via = from === store.actor(i) ? store.obj(i) : (waiting?.on ?? -1);
      const edge: DeadlockEdge = { from, to, via };
      const line = from === store.actor(i) ? store.line(i) : waiting?.line;
      if (line) edge.line = line;
      edges.push(edge);
    }
    this.deadlock = { cycle, edges, seq: i };
  }
}
