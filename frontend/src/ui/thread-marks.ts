// Which lines of the code to mark at the cursor: every live thread's or task's current line in its
// colour, and at a decision the lines of the threads offered (outlined).

import type { DecisionOption } from '../protocol';
import type { ThreadView } from '../trace/state';
import type { ThreadMark } from './editor';

export function threadMarks(threads: readonly ThreadView[], offered: readonly DecisionOption[], colour: (id: number) => string): ThreadMark[] {
  const offeredIds = new Set(offered.map((o) => o.thread));
  const marks: ThreadMark[] = [];
  for (const t of threads) {
    if (!t.line || t.state === 'done' || t.state === 'cut-off') continue;
    marks.push({ line: t.line, thread: t.id, name: t.name, colour: colour(t.id), offered: offeredIds.has(t.id) });
  }
  for (const o of offered) {
    if (o.line > 0 && !marks.some((m) => m.thread === o.thread)) {
      marks.push({ line: o.line, thread: o.thread, name: o.name, colour: colour(o.thread), offered: true });
    }
  }
  return marks;
}
