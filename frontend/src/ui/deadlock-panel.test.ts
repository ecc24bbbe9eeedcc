import { describe, expect, it } from 'vitest';
import { cycleNodes } from './deadlock-panel';

describe('cycleNodes', () => {
  it('walks the cycle: thread, what it waits on, its holder, ...', () => {
    const d = { cycle: [3, 4], seq: 40, edges: [{ from: 4, to: 3, via: 2, line: 22 }, { from: 3, to: 4, via: 5, line: 13 }] };
    expect(cycleNodes(d)).toEqual([
      { id: 3, kind: 'thread' },
      { id: 5, kind: 'object' },
      { id: 4, kind: 'thread' },
      { id: 2, kind: 'object' },
    ]);
  });

  it('stops where an edge is missing', () => {
    expect(cycleNodes({ cycle: [1, 2], seq: 0, edges: [] })).toEqual([{ id: 1, kind: 'thread' }]);
  });
});
