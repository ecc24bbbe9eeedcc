import { describe, expect, it } from 'vitest';
import { syntheticTrace } from '../../bench/synthetic';
import { fixture } from './fixtures';
import { MachineModel } from './machine';
import { CHECKPOINT_EVERY, consoleLines, stateAt } from './state';
import type { MachineState, ObjectView, ThreadView } from './state';
import { TraceStore } from './store';

const thread = (s: MachineState, id: number): ThreadView | undefined => s.threads.find((v) => v.id === id);
const object = (s: MachineState, id: number): ObjectView | undefined => s.objects.find((v) => v.id === id);

describe('stateAt on real traces', () => {
  it('moves a thread\'s line with every event it does, not only with its state changes', () => {
    const store = fixture('condition');
    let checked = 0;
    for (let i = 0; i < store.eventCount; i++) {
      const e = store.event(i);
      if (!e.line || e.actor === undefined || e.kind.endsWith('.state')) continue;
      if (store.entity(e.actor)?.kind !== 'thread') continue;
      expect(thread(stateAt(store, i), e.actor)?.line, `event ${i} (${e.kind})`).toBe(e.line);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('follows the two diners into their deadlock', () => {
    const store = fixture('deadlock');
    const before = stateAt(store, -1);
    expect(before.threads).toEqual([]);
    const start = stateAt(store, 2);
    expect(thread(start, 1)).toMatchObject({ name: 'MainThread', state: 'running', core: 0 });
    expect(start.gil[0]).toBe(1);
    // seq 13: left takes the fork
    expect(object(stateAt(store, 12), 2)?.facts['holder']).toBeNull();
    expect(object(stateAt(store, 13), 2)?.facts).toMatchObject({ holder: 4, depth: 1, waiting: 0, last: 'lock.acquire' });
    // seq 40: left blocks on the knife, which right holds
    const s40 = stateAt(store, 40);
    expect(thread(s40, 4)).toMatchObject({ state: 'blocked', on: 3, reason: 'acquire', line: 13 });
    expect(object(s40, 3)?.facts['holder']).toBe(5);
    expect(s40.deadlock).toBeUndefined();
    // seq 46: right's wait for the fork closes the cycle
    const s46 = stateAt(store, 46);
    expect(s46.deadlock?.cycle).toEqual([5, 4]);
    expect(s46.deadlock?.edges).toEqual([
      { from: 5, to: 4, via: 2, line: 22 },
      { from: 4, to: 5, via: 3, line: 13 },
    ]);
    const end = stateAt(store, 1e9);
    expect(end.seq).toBe(store.eventCount - 1);
    expect(thread(end, 1)).toMatchObject({ state: 'blocked', on: 4, reason: 'join' });
    expect(end.gil[0]).toBeNull();
  });

  it('shows the condition waiter and the notify that wakes it', () => {
    const store = fixture('condition');
    const s16 = stateAt(store, 16);
    expect(thread(s16, 4)).toMatchObject({ state: 'blocked', on: 2, reason: 'wait' });
    expect(object(s16, 2)?.facts).toMatchObject({ waiters: [4], waiting: 1, lock: 3 });
    const s31 = stateAt(store, 31);
    expect(object(s31, 2)?.facts).toMatchObject({ waiters: [], waiting: 0, last: 'condition.notify', lastActor: 5 });
    expect(object(s31, 2)?.facts['woke']).toBeUndefined();
    expect(thread(stateAt(store, 1e9), 4)?.state).toBe('done');
  });

  it('tracks the bounded queue filling, blocking its producer and draining', () => {
    const store = fixture('queue');
    expect(object(stateAt(store, 0), 2)).toBeUndefined(); // not created yet
    expect(object(stateAt(store, 13), 2)?.facts).toMatchObject({ size: 0, items: [], maxsize: 2, flavour: 'fifo' });
    const s30 = stateAt(store, 30);
    expect(object(s30, 2)?.facts).toMatchObject({ size: 2, items: ['0', '1'], unfinished: 2 });
    expect(thread(stateAt(store, 31), 4)).toMatchObject({ state: 'blocked', on: 2, reason: 'put' });
    expect(object(stateAt(store, 39), 2)?.facts).toMatchObject({ size: 1, items: ['1'] });
    expect(object(stateAt(store, 1e9), 2)?.facts['size']).toBe(0);
  });

  it('counts the semaphore down from its initial value', () => {
    const store = fixture('semaphore');
    expect(object(stateAt(store, 12), 2)?.facts['value']).toBe(3);
    expect(object(stateAt(store, 49), 2)?.facts['value']).toBe(0);
    expect(object(stateAt(store, 60), 2)?.facts['value']).toBe(1);
    expect(thread(stateAt(store, 17), 5)).toMatchObject({ state: 'blocked', on: 3, reason: 'wait' });
  });

  it('counts barrier arrivals and the trip', () => {
    const store = fixture('barrier');
    expect(object(stateAt(store, 44), 2)?.facts).toMatchObject({ count: 3, parties: 4, generation: 0, waiters: [4, 5] });
    expect(object(stateAt(store, 56), 2)?.facts).toMatchObject({ count: 4, last: 'barrier.trip' });
  });

  it('lists the console with its writers', () => {
    const store = fixture('deadlock');
    const all = consoleLines(store);
    expect(all.map((l) => l.text)).toEqual([
      'left-handed diner has the fork\n',
      'right-handed diner has the knife\n',
      'left-handed diner reaches for the knife\n',
      'right-handed diner reaches for the fork\n',
    ]);
    expect(all[0]).toMatchObject({ actor: 4, stream: 'stdout' });
    expect(consoleLines(store, 39).length).toBe(3);
    expect(consoleLines(store, 38).length).toBe(2);
    expect(consoleLines(store, 39, 2).map((l) => l.seq)).toEqual([all[1]!.seq, all[2]!.seq]);
    expect(consoleLines(store, -1)).toEqual([]);
  });
});

describe('stateAt checkpoints', () => {
  it('gives the same state as a replay from the start at any seq of a long trace', () => {
    const { entities, batches } = syntheticTrace({ events: 3 * CHECKPOINT_EVERY + 500, seed: 7 });
    const store = new TraceStore();
    store.addEntities(entities);
    for (const b of batches) store.addEvents(b);
    const replay = new MachineModel();
    const probes = new Set([0, 17, CHECKPOINT_EVERY - 1, CHECKPOINT_EVERY, 2 * CHECKPOINT_EVERY + 3, store.eventCount - 1]);
    for (let i = 0; i < store.eventCount; i++) {
      replay.apply(store, i);
      if (probes.has(i)) expect(stateAt(store, i)).toEqual(replay.view());
    }
    // backwards too, after the checkpoints exist, then forward again from there
    expect(stateAt(store, 17).seq).toBe(17);
    const again = new MachineModel();
    for (let i = 0; i <= 40; i++) again.apply(store, i);
    expect(stateAt(store, 40)).toEqual(again.view());
    for (let i = 41; i <= CHECKPOINT_EVERY + 2; i++) again.apply(store, i);
    expect(stateAt(store, CHECKPOINT_EVERY + 2)).toEqual(again.view());
  });

  it('keeps working as the store grows', () => {
    const { entities, batches } = syntheticTrace({ events: 2 * CHECKPOINT_EVERY, seed: 3, batchSize: 1000 });
    const store = new TraceStore();
    store.addEntities(entities);
    store.addEvents(batches[0] as (typeof batches)[number]);
    expect(stateAt(store, 1e9).seq).toBe(999);
    for (const b of batches.slice(1)) store.addEvents(b);
    const whole = new MachineModel();
    for (let i = 0; i < store.eventCount; i++) whole.apply(store, i);
    expect(stateAt(store, 1e9)).toEqual(whole.view());
  });
});
