// Object tracks, built incrementally from the store: for every synchronisation object, the events
// about it with the number its track draws (a lock's recursion depth, a semaphore's value, a
// queue's size, an event's flag, a barrier's arrivals, a condition's waiters), its holder (locks)
// and how many threads wait on it. Kinds this file does not know still get a track: their events,
// and the first of size, value, count or waiting they carry as the level.

import type { DetailValue } from '../protocol';
import { laneKindOf } from './machine';
import { SpanArray } from './spans';
import type { TraceStore } from './store';

/** Events per block of a track's level summary. */
export const BLOCK = 64;

/** What a track's level means, for its label and its chart. */
export type LevelKind = 'held' | 'value' | 'size' | 'flag' | 'count' | 'waiting' | 'none';

export class ObjectTrack {
  n = 0;
  t = new Float64Array(8);
  seq = new Int32Array(8);
  /** the level after the event (NaN: the event does not say) */
  level = new Float64Array(8);
  /** the holder after the event, -1 none */
  holder = new Int32Array(8);
  /** threads waiting after the event, -1 unknown */
  waiting = new Int32Array(8);
  /** a second number some kinds chart under the first (a queue's unfinished tasks, an event
   * loop's timers); NaN: the event does not say */
  second = new Float64Array(8);
  /** whether any event gave the second number */
  hasSecond = false;
  /** the largest level so far (the chart's scale), and a ceiling the object has (maxsize, parties) */
  maxLevel = 0;
  ceiling = 0;
  /** a lock's holders as spans (-1: free), for drawing them per pixel like a lane */
  readonly holders = new SpanArray();
  /** the object's own states when its events say them (a future: pending, running, finished...);
   * codes index TrackIndex.stateNames */
  readonly states = new SpanArray();
  /** per complete block of BLOCK events: the highest and lowest level in it (NaN: none) */
  blockMax = new Float64Array(4);
  blockMin = new Float64Array(4);

  constructor(
    readonly id: number,
    readonly kind: string,
    readonly levelKind: LevelKind,
  ) {}

  push(t: number, seq: number, level: number, holder: number, waiting: number, second = Number.NaN): void {
    if (this.n === this.t.length) {
      const size = this.n * 2;
      this.second = grow(this.second, new Float64Array(size));
      this.t = grow(this.t, new Float64Array(size));
      this.seq = grow(this.seq, new Int32Array(size));
      this.level = grow(this.level, new Float64Array(size));
      this.holder = grow(this.holder, new Int32Array(size));
      this.waiting = grow(this.waiting, new Int32Array(size));
    }
    this.t[this.n] = t;
    this.seq[this.n] = seq;
    this.level[this.n] = level;
    this.holder[this.n] = holder;
    this.waiting[this.n] = waiting;
    this.second[this.n] = second;
    if (!Number.isNaN(second)) this.hasSecond = true;
    this.n++;
    if (level > this.maxLevel) this.maxLevel = level;
    if (this.levelKind === 'held') this.holders.push(t, holder, seq, true);
    if (this.n % BLOCK === 0) this.closeBlock(this.n / BLOCK - 1);
  }

  /** Blocks whose highest and lowest levels are known. */
  get completeBlocks(): number {
    return Math.floor(this.n / BLOCK);
  }

  private closeBlock(b: number): void {
    if (b >= this.blockMax.length) {
      this.blockMax = grow(this.blockMax, new Float64Array(this.blockMax.length * 2));
      this.blockMin = grow(this.blockMin, new Float64Array(this.blockMin.length * 2));
    }
    let max = Number.NaN;
    let min = Number.NaN;
    for (let i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
      const v = this.level[i] as number;
      if (Number.isNaN(v)) continue;
      if (!(v <= max)) max = v;
      if (!(v >= min)) min = v;
    }
    this.blockMax[b] = max;
    this.blockMin[b] = min;
  }

  /** Index of the first event at or after t (n when none). */
  firstFrom(t: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.t[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last event at or before t, -1 before the first. */
  indexAt(t: number): number {
    let lo = 0;
    let hi = this.n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.t[mid] as number) <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const LEVEL_DETAIL: Record<string, [LevelKind, string]> = {
  lock: ['held', 'depth'],
  rlock: ['held', 'depth'],
  semaphore: ['value', 'value'],
  'bounded-semaphore': ['value', 'value'],
  queue: ['size', 'size'],
  event: ['flag', 'flag'],
  barrier: ['count', 'count'],
  condition: ['waiting', 'waiting'],
  'event-loop': ['count', 'ready'],
};
/** The second number a kind charts, by the detail that carries it. */
const SECOND_DETAIL: Record<string, string> = {
  queue: 'unfinished',
  'event-loop': 'timers',
};
/** What the second number is called, for labels and tooltips. */
export const SECOND_NAME: Record<string, string> = {
  queue: 'unfinished tasks',
  'event-loop': 'timers',
};
const GENERIC_LEVELS: [LevelKind, string][] = [
  ['size', 'size'],
  ['value', 'value'],
  ['count', 'count'],
  ['waiting', 'waiting'],
  ['count', 'workers'],
];

function num(v: DetailValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number.NaN;
}

export class TrackIndex {
  /** by object id, in order of creation */
  readonly tracks = new Map<number, ObjectTrack>();
  /** names of the objects' own states (the codes of ObjectTrack.states) */
  readonly stateNames: string[] = [];
  private readonly stateCodes = new Map<string, number>();
  private scanned = 0;
  /** by entity id: its track, or null for entities without one (threads, processes, tasks) */
  private readonly byId: (ObjectTrack | null | undefined)[] = [];

  constructor(private readonly store: TraceStore) {}

  /** The track of an object entity (made on first sight, before any event about it). */
  track(id: number): ObjectTrack | undefined {
    const known = this.byId[id];
    if (known !== undefined) return known ?? undefined;
    const e = this.store.entity(id);
    if (!e) return undefined;
    if (laneKindOf(e.kind)) {
      this.byId[id] = null;
      return undefined;
    }
    const tr = new ObjectTrack(id, e.kind, (LEVEL_DETAIL[e.kind] ?? ['none'])[0]);
    const ceiling = num(e['maxsize'] ?? e['parties'] ?? e['initial']);
    if (ceiling > 0) tr.ceiling = ceiling;
    if (e.kind === 'semaphore' || e.kind === 'bounded-semaphore') tr.maxLevel = num(e['initial']) || 1;
    this.tracks.set(id, tr);
    this.byId[id] = tr;
    return tr;
  }

  sync(): void {
    const s = this.store;
    const entities = s.entities();
    for (let id = this.byId.length; id < entities.length; id++) this.track(id);
    for (let i = this.scanned; i < s.eventCount; i++) {
      const obj = s.obj(i);
      if (obj < 0) continue;
      const tr = this.track(obj);
      if (!tr) continue;
      tr.push(s.time(i), i, this.levelOf(tr, i), this.holderOf(tr, i), this.waitingOf(i), this.secondOf(tr, i));
      const state = s.detail(i, 'state');
      if (typeof state === 'string') tr.states.push(s.time(i), this.stateCode(state), i);
    }
    this.scanned = s.eventCount;
  }

  private stateCode(name: string): number {
    let c = this.stateCodes.get(name);
    if (c === undefined) {
      c = this.stateNames.length;
      this.stateNames.push(name);
      this.stateCodes.set(name, c);
    }
    return c;
  }

  private levelOf(tr: ObjectTrack, i: number): number {
    const s = this.store;
    const known = LEVEL_DETAIL[tr.kind];
    if (known) {
      const v = num(s.detail(i, known[1]));
      if (tr.levelKind === 'held' && Number.isNaN(v)) return tr.n > 0 ? (tr.level[tr.n - 1] as number) : 0;
      if (Number.isNaN(v) && tr.n > 0) return tr.level[tr.n - 1] as number;
      return v;
    }
    for (const [, name] of GENERIC_LEVELS) {
      const d = s.detail(i, name);
      const v = Array.isArray(d) ? d.length : num(d);
      if (!Number.isNaN(v)) return v;
    }
    return Number.NaN;
  }

  /** The second number after event i: said by the event, else the one before it. */
  private secondOf(tr: ObjectTrack, i: number): number {
    const name = SECOND_DETAIL[tr.kind];
    if (!name) return Number.NaN;
    const v = num(this.store.detail(i, name));
    if (!Number.isNaN(v)) return v;
    return tr.n > 0 ? (tr.second[tr.n - 1] as number) : Number.NaN;
  }

  private holderOf(tr: ObjectTrack, i: number): number {
    if (tr.levelKind !== 'held') return -1;
    const h = this.store.detail(i, 'holder');
    if (typeof h === 'number') return h;
    if (h === null) return -1;
    return tr.n > 0 ? (tr.holder[tr.n - 1] as number) : -1;
  }

  private waitingOf(i: number): number {
    const s = this.store;
    const w = s.detail(i, 'waiting');
    if (typeof w === 'number') return w;
    const list = s.detail(i, 'waiters');
    return Array.isArray(list) ? list.length : -1;
  }
}
