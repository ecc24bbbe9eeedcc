import { describe, expect, it } from 'vitest';
import type { ThreadView } from '../trace/state';
import { threadMarks } from './thread-marks';

const thread = (id: number, state: string, line?: number): ThreadView => ({
  id, name: `t${id}`, process: 0, kind: 'thread', state, ...(line === undefined ? {} : { line }),
});
const colour = (id: number) => `#00000${id}`;

describe('threadMarks', () => {
  it('marks the line of every live thread in its colour', () => {
    const marks = threadMarks([thread(1, 'blocked', 18), thread(3, 'running', 7), thread(4, 'done', 9), thread(5, 'ready')], [], colour);
    expect(marks).toEqual([
      { line: 18, thread: 1, name: 't1', colour: '#000001', offered: false },
      { line: 7, thread: 3, name: 't3', colour: '#000003', offered: false },
    ]);
  });

  it('outlines the offered threads, with the line the decision names when the state has none', () => {
    const marks = threadMarks([thread(3, 'gil-wait', 7), thread(4, 'ready')], [{ thread: 3, name: 't3', line: 7 }, { thread: 4, name: 't4', line: 12 }, { thread: 5, name: 't5', line: 0 }], colour);
    expect(marks).toEqual([
      { line: 7, thread: 3, name: 't3', colour: '#000003', offered: true },
      { line: 12, thread: 4, name: 't4', colour: '#000004', offered: true },
    ]);
  });
});
