import { describe, expect, it } from 'vitest';
import type { TraceEntity } from '../protocol';
import { fixture } from '../trace/fixtures';
import { ROW_HEIGHT, layout, rowAt } from './layout';

describe('layout', () => {
  it('puts threads under their process, then the GIL, the cores and the objects', () => {
    const store = fixture('deadlock');
    const l = layout({ entities: store.entities(), cores: 2, gilProcesses: new Set([0]) });
    expect(l.rows.map((r) => r.key)).toEqual([
      'process:0',
      'thread:1',
      'thread:4',
      'thread:5',
      'gil:0',
      'section:cores',
      'core:0',
      'core:1',
      'section:objects',
      'object:2',
      'object:3',
    ]);
    expect(l.rows[0]?.label).toBe('MainProcess (pid 1000)');
    expect(l.rows[2]?.label).toBe('left');
    expect(l.rows[9]?.label).toBe('fork (lock)');
    let y = 0;
    for (const r of l.rows) {
      expect(r.y).toBe(y);
      expect(r.height).toBe(ROW_HEIGHT[r.kind]);
      y += r.height;
    }
    expect(l.height).toBe(y);
  });

  it('gives tasks and processes of their own lanes, and kinds it does not know a track', () => {
    const entities: (TraceEntity | undefined)[] = [
      { id: 0, kind: 'process', name: 'MainProcess', line: 0, process: -1 },
      { id: 1, kind: 'thread', name: 'MainThread', line: 0, process: 0 },
      { id: 2, kind: 'process', name: 'Process-1', line: 5, process: -1, pid: 1001 },
      { id: 3, kind: 'thread', name: 'MainThread', line: 0, process: 2 },
      { id: 4, kind: 'task', name: 'Task-1', line: 9, process: 0 },
      undefined,
      { id: 6, kind: 'pipe', name: 'conn', line: 3, process: 0 },
    ];
    const l = layout({ entities, cores: 1, gilProcesses: new Set([0, 2]) });
    expect(l.rows.map((r) => r.key)).toEqual([
      'process:0',
      'thread:1',
      'task:4',
      'gil:0',
      'process:2',
      'thread:3',
      'gil:2',
      'section:cores',
      'core:0',
      'section:objects',
      'object:6',
    ]);
    expect(l.rows.find((r) => r.key === 'object:6')?.entityKind).toBe('pipe');
  });

  it('finds the row under a y', () => {
    const l = layout({ entities: fixture('queue').entities(), cores: 2, gilProcesses: new Set() });
    const second = l.rows[1]!;
    expect(rowAt(l, second.y)?.key).toBe(second.key);
    expect(rowAt(l, second.y + second.height - 0.5)?.key).toBe(second.key);
    expect(rowAt(l, -1)).toBeUndefined();
    expect(rowAt(l, l.height)).toBeUndefined();
  });
});
