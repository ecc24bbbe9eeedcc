// The timeline's rows, top to bottom: for each process its lane, then its threads' lanes, its
// asyncio tasks' lanes and its GIL track; then a lane per core; then a track per object (locks,
// semaphores, conditions, events, barriers, queues, and any kind the engine adds later). Pure:
// entities in, rows with their y out.

import type { TraceEntity } from '../protocol';
import { laneKindOf } from '../trace/machine';

export type RowKind = 'process' | 'thread' | 'task' | 'gil' | 'core' | 'object' | 'section';

export interface Row {
  /** unique: `thread:4`, `core:0`, `gil:0`, `object:2`, `section:cores` */
  key: string;
  kind: RowKind;
  /** entity id (process, thread, task, object; the process for a GIL track), core number, -1 for a section */
  id: number;
  label: string;
  /** the entity's kind for objects (`lock`, `queue`...), else the row kind */
  entityKind: string;
  /** nesting: 0 for processes, cores and objects, 1 inside a process */
  depth: number;
  y: number;
  height: number;
}

export interface LayoutInput {
  entities: readonly (TraceEntity | undefined)[];
  /** cores of the machine (lanes 0..cores-1) */
  cores: number;
  /** processes that have a GIL track */
  gilProcesses: ReadonlySet<number>;
}

export const ROW_HEIGHT: Record<RowKind, number> = {
  section: 18,
  process: 20,
  thread: 20,
  task: 16,
  gil: 14,
  core: 16,
  object: 28,
};

export interface Layout {
  rows: Row[];
  height: number;
}

export function layout(input: LayoutInput): Layout {
  const rows: Row[] = [];
  let y = 0;
  const add = (row: Omit<Row, 'y' | 'height'>): void => {
    const height = ROW_HEIGHT[row.kind];
    rows.push({ ...row, y, height });
    y += height;
  };
  const entities = input.entities.filter((e): e is TraceEntity => e !== undefined);
  const processes = entities.filter((e) => e.kind === 'process');
  const inProcess = (p: number, kind: 'thread' | 'task'): TraceEntity[] =>
    entities.filter((e) => e.process === p && laneKindOf(e.kind) === kind);
  for (const p of processes) {
    const pid = typeof p['pid'] === 'number' ? ` (pid ${p['pid']})` : '';
    add({ key: `process:${p.id}`, kind: 'process', id: p.id, label: p.name + pid, entityKind: 'process', depth: 0 });
    for (const t of inProcess(p.id, 'thread')) add({ key: `thread:${t.id}`, kind: 'thread', id: t.id, label: t.name, entityKind: t.kind, depth: 1 });
    for (const t of inProcess(p.id, 'task')) add({ key: `task:${t.id}`, kind: 'task', id: t.id, label: t.name, entityKind: t.kind, depth: 1 });
    if (input.gilProcesses.has(p.id)) add({ key: `gil:${p.id}`, kind: 'gil', id: p.id, label: 'GIL', entityKind: 'gil', depth: 1 });
  }
  // threads and tasks whose process is not (yet) known still get a lane
  const known = new Set(processes.map((p) => p.id));
  for (const t of entities) {
    const lk = laneKindOf(t.kind);
    if ((lk === 'thread' || lk === 'task') && !known.has(t.process)) {
      add({ key: `${lk}:${t.id}`, kind: lk, id: t.id, label: t.name, entityKind: t.kind, depth: 0 });
    }
  }
  if (input.cores > 0) {
    add({ key: 'section:cores', kind: 'section', id: -1, label: 'Cores', entityKind: 'section', depth: 0 });
    for (let c = 0; c < input.cores; c++) add({ key: `core:${c}`, kind: 'core', id: c, label: `core ${c}`, entityKind: 'core', depth: 0 });
  }
  const objects = entities.filter((e) => !laneKindOf(e.kind));
  if (objects.length > 0) {
    add({ key: 'section:objects', kind: 'section', id: -1, label: 'Objects', entityKind: 'section', depth: 0 });
    for (const o of objects) add({ key: `object:${o.id}`, kind: 'object', id: o.id, label: `${o.name} (${o.kind})`, entityKind: o.kind, depth: 0 });
  }
  return { rows, height: y };
}

/** The row at y (content coordinates), or undefined between or below the rows. */
export function rowAt(l: Layout, y: number): Row | undefined {
  let lo = 0;
  let hi = l.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = l.rows[mid] as Row;
    if (y < r.y) hi = mid - 1;
    else if (y >= r.y + r.height) lo = mid + 1;
    else return r;
  }
  return undefined;
}
