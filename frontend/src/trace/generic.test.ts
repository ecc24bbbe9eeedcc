// Event and entity kinds that other modules add (processes, asyncio, pools, futures) are taken
// generically: `*.state` events of lane entities set lane states, anything about an object adds
// to its facts and its track. The shapes below are those of concurrent.futures' trace hooks and
// of a task lane as asyncio would write it.
import { describe, expect, it } from 'vitest';
import type { TraceEntity, TraceEvent } from '../protocol';
import { SpanIndex } from './spans';
import { stateAt } from './state';
import { TraceStore } from './store';
import { TrackIndex } from './tracks';

function store(entities: TraceEntity[], events: Omit<TraceEvent, 'seq'>[]): TraceStore {
  return TraceStore.fromTraceJson({
    format: 'interleave-trace',
    version: 1,
    entities,
    events: events.map((e, seq) => ({ seq, ...e })),
  });
}

const entities: TraceEntity[] = [
  { id: 0, kind: 'process', name: 'MainProcess', line: 0, process: -1 },
  { id: 1, kind: 'thread', name: 'MainThread', line: 0, process: 0 },
  { id: 2, kind: 'pool', name: 'ex', line: 3, process: 0, flavour: 'thread' },
  { id: 3, kind: 'future', name: 'f', line: 4, process: 0 },
  { id: 4, kind: 'task', name: 'Task-1', line: 9, process: 0 },
  { id: 5, kind: 'pipe', name: 'conn', line: 11, process: 0 },
];
const events: Omit<TraceEvent, 'seq'>[] = [
  { t: 0, kind: 'thread.create', actor: 1, obj: 1, name: 'MainThread', daemon: false },
  { t: 0, kind: 'thread.state', actor: 1, obj: 1, state: 'running', core: 0 },
  { t: 10, kind: 'future.state', actor: 1, obj: 3, line: 4, state: 'pending' },
  { t: 20, kind: 'pool.submit', actor: 1, obj: 2, line: 4, future: 3, call: 'work(1)' },
  { t: 30, kind: 'pool.worker', actor: 1, obj: 2, line: 4, thread: 1, workers: [1] },
  { t: 40, kind: 'future.state', actor: 1, obj: 3, state: 'running' },
  { t: 50, kind: 'task.state', actor: 1, obj: 4, line: 9, state: 'waiting', on: 3, reason: 'await' },
  { t: 60, kind: 'pipe.send', actor: 1, obj: 5, line: 12, size: 2 },
  { t: 70, kind: 'future.state', actor: 1, obj: 3, state: 'finished', result: '1' },
  { t: 80, kind: 'task.state', actor: 1, obj: 4, state: 'done' },
];

describe('processes from their lifecycle events', () => {
  it('takes a child process from alive to zombie to reaped, and links it to its creator', async () => {
    const { ArrowIndex } = await import('./arrows');
    const s = store(
      [
        { id: 0, kind: 'process', name: 'MainProcess', line: 0, process: -1, pid: 1000 },
        { id: 1, kind: 'thread', name: 'MainThread', line: 0, process: 0 },
        { id: 2, kind: 'process', name: 'Process-1', line: 5, process: -1, pid: 1001 },
        { id: 3, kind: 'thread', name: 'MainThread', line: 0, process: 2 },
      ],
      [
        { t: 0, kind: 'thread.create', actor: 1, obj: 1, name: 'MainThread', daemon: false },
        { t: 5, kind: 'process.create', actor: 1, obj: 2, line: 5, pid: 1001, ppid: 1000, parent: 0, start: 'fork', memory: 1 },
        { t: 9, kind: 'process.exit', actor: 3, obj: 2, code: 1, signal: null },
        { t: 9, kind: 'process.zombie', actor: 3, obj: 2, status: 256 },
        { t: 20, kind: 'process.reaped', actor: 1, obj: 2, by: 1, status: 256 },
      ],
    );
    expect(stateAt(s, 1).threads.find((v) => v.id === 2)?.state).toBe('alive');
    expect(stateAt(s, 3).threads.find((v) => v.id === 2)).toMatchObject({ kind: 'process', state: 'zombie', reason: 'exit code 1' });
    expect(stateAt(s, 4).threads.find((v) => v.id === 2)?.state).toBe('done');
    const spans = new SpanIndex(s);
    spans.sync();
    const lane = spans.lanes.get(2)!;
    expect(Array.from(lane.code.subarray(0, lane.n), (c) => spans.stateNames[c])).toEqual(['alive', 'exited', 'zombie', 'done']);
    const arrows = new ArrowIndex(s);
    arrows.sync();
    expect(arrows.arrows).toEqual([{ fromSeq: 1, toSeq: 1, fromLane: 1, toLane: 2, kind: 'fork' }]);
  });
});

describe('kinds from other modules', () => {
  it('gives futures and pools facts, not lanes, and tasks lanes', () => {
    const s = store(entities, events);
    const at = stateAt(s, 7);
    expect(at.threads.map((v) => [v.id, v.kind, v.state])).toEqual([
      [0, 'process', 'alive'],
      [1, 'thread', 'running'],
      [4, 'task', 'waiting'],
    ]);
    expect(at.threads.find((v) => v.id === 4)).toMatchObject({ on: 3, reason: 'await', line: 9 });
    expect(at.objects.find((o) => o.id === 3)?.facts).toMatchObject({ state: 'running', last: 'future.state' });
    expect(at.objects.find((o) => o.id === 2)?.facts).toMatchObject({ flavour: 'thread', workers: [1], call: 'work(1)', thread: 1 });
    expect(at.objects.find((o) => o.id === 5)?.facts).toMatchObject({ size: 2, last: 'pipe.send' });
    expect(stateAt(s, 9).threads.find((v) => v.id === 4)?.state).toBe('done');
  });

  it('draws a future state spans and a pool and pipe levels', () => {
    const s = store(entities, events);
    const spans = new SpanIndex(s);
    spans.sync();
    expect([...spans.lanes.keys()]).toEqual([1, 4]);
    const tracks = new TrackIndex(s);
    tracks.sync();
    const future = tracks.tracks.get(3)!;
    expect(Array.from(future.states.code.subarray(0, future.states.n), (c) => tracks.stateNames[c])).toEqual(['pending', 'running', 'finished']);
    expect(Array.from(future.states.start.subarray(0, 3))).toEqual([10, 40, 70]);
    expect(tracks.tracks.get(2)!.level[1]).toBe(1); // workers: [1]
    expect(tracks.tracks.get(5)!.level[0]).toBe(2);
  });
});
