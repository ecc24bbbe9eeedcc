// A synthetic trace for the timeline bench and the store's size tests: worker threads on a few
// cores sharing one GIL, taking locks, feeding a queue, sleeping and printing, with the same event
// kinds and details the engine writes (docs/trace.md). It is a workload for measuring the
// timeline, not a simulation: seeded and deterministic, consistent enough that every thread's
// lane, the cores, the GIL and the object tracks all have plenty to draw.

import type { DetailValue, EntitiesMessage, EventsMessage, TraceEntity, TraceEvent } from '../src/protocol';
import { encodeEvents } from '../src/trace/encode';

export interface SyntheticOptions {
  events: number;
  threads?: number;
  cores?: number;
  locks?: number;
  batchSize?: number;
  seed?: number;
}

export interface SyntheticTrace {
  entities: EntitiesMessage;
  batches: EventsMessage[];
}

interface Worker {
  id: number;
  state: string;
  held: number;
}

export function syntheticTrace(o: SyntheticOptions): SyntheticTrace {
  const threads = o.threads ?? 24;
  const cores = o.cores ?? 4;
  const lockCount = o.locks ?? 4;
  const batchSize = o.batchSize ?? 2048;
  let seed = (o.seed ?? 1) >>> 0 || 1;
  const rnd = (n: number): number => {
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed % n;
  };
  const entities: TraceEntity[] = [{ id: 0, kind: 'process', name: 'MainProcess', line: 0, process: -1, pid: 1000, cores, gil: true }];
  const workers: Worker[] = [];
  for (let k = 0; k < threads; k++) {
    const id = entities.length;
    entities.push({ id, kind: 'thread', name: k === 0 ? 'MainThread' : `Thread-${k} (work)`, line: k === 0 ? 0 : 12, process: 0, daemon: false, main: k === 0 });
    workers.push({ id, state: 'gil-wait', held: -1 });
  }
  const locks: number[] = [];
  for (let k = 0; k < lockCount; k++) {
    locks.push(entities.length);
    entities.push({ id: entities.length, kind: 'lock', name: `lock_${k}`, line: 3 + k, process: 0 });
  }
  const queueId = entities.length;
  entities.push({ id: queueId, kind: 'queue', name: 'jobs', line: 8, process: 0, maxsize: 64, flavour: 'fifo' });

  const holder = new Map<number, number>();
  const waiters = new Map<number, number[]>(locks.map((l) => [l, []]));
  const items: string[] = [];
  let gil = -1;
  let t = 0;
  const pending: TraceEvent[] = [];
  const batches: EventsMessage[] = [];
  let seq = 0;
  const emit = (e: { kind: string; [detail: string]: DetailValue }): void => {
    pending.push({ seq: seq++, t, ...e } as TraceEvent);
    if (pending.length === batchSize) {
      batches.push(encodeEvents(pending, batches.length + 1));
      pending.length = 0;
    }
  };
  const state = (w: Worker, s: string, more: Record<string, number | string | boolean> = {}): void => {
    w.state = s;
    emit({ kind: 'thread.state', actor: w.id, obj: w.id, line: 14, state: s, ...more });
  };
  const releaseGil = (w: Worker): void => {
    gil = -1;
    emit({ kind: 'gil.release', actor: w.id, obj: 0, line: 14 });
  };

  while (seq < o.events) {
    t += 50 + rnd(20000);
    const w = workers[rnd(threads)] as Worker;
    if (w.state === 'gil-wait' || w.state === 'ready') {
      if (gil !== -1) continue;
      gil = w.id;
      emit({ kind: 'gil.take', actor: w.id, obj: 0, line: 14 });
      state(w, 'running', { core: rnd(cores) });
    } else if (w.state === 'sleeping') {
      state(w, 'gil-wait');
      emit({ kind: 'gil.request', actor: w.id, obj: 0, line: 14 });
    } else if (w.state === 'running') {
      const action = rnd(6);
      if (action === 0 && w.held === -1) {
        const lock = locks[rnd(lockCount)] as number;
        const q = waiters.get(lock) as number[];
        if (holder.has(lock)) {
          q.push(w.id);
          state(w, 'blocked', { on: lock, reason: 'acquire' });
          releaseGil(w);
        } else {
          holder.set(lock, w.id);
          w.held = lock;
          emit({ kind: 'lock.acquire', actor: w.id, obj: lock, line: 15, holder: w.id, depth: 1, waiters: q.slice(0, 16), waiting: q.length, handoff: false });
        }
      } else if (action === 1 && w.held !== -1) {
        const lock = w.held;
        const q = waiters.get(lock) as number[];
        const next = q.shift();
        w.held = -1;
        if (next === undefined) holder.delete(lock);
        else {
          holder.set(lock, next);
          (workers[next - 1] as Worker).held = lock;
        }
        emit({ kind: 'lock.release', actor: w.id, obj: lock, line: 17, holder: next ?? null, depth: next === undefined ? 0 : 1, woke: next ?? null, handoff: next !== undefined, waiters: q.slice(0, 16), waiting: q.length });
        if (next !== undefined) state(workers[next - 1] as Worker, 'gil-wait', { by: w.id });
      } else if (action === 2) {
        if (items.length < 64) items.push(String(seq));
        else items.shift();
        emit({ kind: 'queue.put', actor: w.id, obj: queueId, line: 20, item: String(seq), woke: null, size: items.length, items: items.slice(0, 16), unfinished: items.length });
      } else if (action === 3) {
        emit({ kind: 'stdout', actor: w.id, line: 21, text: `step ${seq}\n` });
      } else if (action === 4) {
        state(w, 'sleeping', { until: t + 100000 });
        releaseGil(w);
      } else {
        state(w, 'ready', { preempted: true });
        releaseGil(w);
      }
    }
  }
  if (pending.length > 0) batches.push(encodeEvents(pending, batches.length + 1));
  return { entities: { type: 'entities', run: 1, batch: 0, entities }, batches };
}
