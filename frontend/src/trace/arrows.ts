// Cause and effect between actors, as the trace tells it: a thread woken by another's release,
// notify, set, put... (its `thread.state` carries `by`: the waker), a thread started by another
// (`thread.start`), a process forked or spawned by a thread (`process.create`, named by its `start`). Each arrow runs from the cause's event on the causing lane to the effect's
// event on the affected lane; arrows come in order of their effect.

import type { DetailValue } from '../protocol';
import type { TraceStore } from './store';

/** How far back the waker's event is looked for. */
const LOOK_BACK = 512;

export interface Arrow {
  fromSeq: number;
  toSeq: number;
  fromLane: number;
  toLane: number;
  /** what caused it: the cause's kind (`lock.release`, `condition.notify`, `thread.start`...) */
  kind: string;
}

function names(v: DetailValue | undefined, id: number): boolean {
  return v === id || (Array.isArray(v) && v.includes(id));
}

export class ArrowIndex {
  readonly arrows: Arrow[] = [];
  private scanned = 0;
  /** why each thread last blocked (join, start, acquire...) */
  private readonly reason = new Map<number, string>();

  constructor(private readonly store: TraceStore) {}

  sync(): void {
    const s = this.store;
    const start = s.kindCodeOf('thread.start');
    const state = s.kindCodeOf('thread.state');
    const create = s.kindCodeOf('process.create');
    for (let i = this.scanned; i < s.eventCount; i++) {
      const k = s.kindCode(i);
      if (k === start && s.actor(i) >= 0 && s.obj(i) >= 0) {
        this.arrows.push({ fromSeq: i, toSeq: i, fromLane: s.actor(i), toLane: s.obj(i), kind: 'thread.start' });
      } else if (k === create && s.actor(i) >= 0 && s.obj(i) >= 0) {
        const how = s.detail(i, 'start');
        this.arrows.push({ fromSeq: i, toSeq: i, fromLane: s.actor(i), toLane: s.obj(i), kind: typeof how === 'string' ? how : 'process.create' });
      } else if (k === state) {
        const by = s.detail(i, 'by');
        if (typeof by === 'number') this.wake(i, by, s.obj(i));
        const reason = s.detail(i, 'reason');
        if (typeof reason === 'string') this.reason.set(s.obj(i), reason);
      }
    }
    this.scanned = s.eventCount;
  }

  /**
   * The waker's event that woke thread: the last one naming it in woke (or the waker ending, for a
   * join), else the waker's last event that is not about the GIL or its own state, else its last.
   */
  private wake(i: number, by: number, thread: number): void {
    const s = this.store;
    let fallback = -1;
    let last = -1;
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      if (s.actor(j) !== by) continue;
      const kind = s.kind(j);
      if (names(s.detail(j, 'woke'), thread) || (kind === 'thread.state' && s.detail(j, 'state') === 'done')) {
        return this.push(j, i, by, thread);
      }
      if (last < 0) last = j;
      if (fallback < 0 && !kind.startsWith('gil.') && kind !== 'thread.state') fallback = j;
    }
    if (fallback >= 0) this.push(fallback, i, by, thread);
    else if (last >= 0) this.push(last, i, by, thread);
  }

  /** An arrow named by its cause's kind, or by why the thread waited when the cause is a state. */
  private push(from: number, to: number, by: number, thread: number): void {
    const kind = this.store.kind(from);
    const named = kind === 'thread.state' ? (this.reason.get(thread) ?? 'wake') : kind;
    this.arrows.push({ fromSeq: from, toSeq: to, fromLane: by, toLane: thread, kind: named });
  }

  /** Index of the first arrow whose effect is at or after seq. */
  firstFrom(seq: number): number {
    let lo = 0;
    let hi = this.arrows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.arrows[mid] as Arrow).toSeq < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
