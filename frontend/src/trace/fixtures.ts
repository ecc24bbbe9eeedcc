// The real traces in fixtures/ (written by the CLI: see fixtures/README.md), for the tests.

import barrier from './fixtures/barrier.json?raw';
import condition from './fixtures/condition.json?raw';
import deadlock from './fixtures/deadlock.json?raw';
import queue from './fixtures/queue.json?raw';
import semaphore from './fixtures/semaphore.json?raw';
import { TraceStore } from './store';

const FILES = { barrier, condition, deadlock, queue, semaphore };
export type FixtureName = keyof typeof FILES;

export function fixtureJson(name: FixtureName): Record<string, unknown> {
  return JSON.parse(FILES[name]) as Record<string, unknown>;
}

export function fixture(name: FixtureName): TraceStore {
  return TraceStore.fromTraceJson(fixtureJson(name));
}
