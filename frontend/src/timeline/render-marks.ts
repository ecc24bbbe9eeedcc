// Marks over the lanes: the threads offered at a decision (interactive mode) outlined, and a
// deadlock: the lanes of its cycle outlined in red from the moment it closed, and its wait-for
// edges as red arrows between them, each labelled on the waiter's lane with what it waits for.

import type { TraceStore } from '../trace/store';
import type { Deadlock } from '../trace/machine';
import { FONT_BOLD } from './frame';
import type { Frame } from './frame';
import { arrow } from './render-arrows';
import type { LaneY } from './render-arrows';

/** Where a lane is on the canvas, or undefined when it has none. */
export type LaneBand = (laneId: number) => { y: number; height: number } | undefined;

export function drawHighlights(f: Frame, ids: ReadonlySet<number>, band: LaneBand): void {
  if (ids.size === 0) return;
  const { ctx, colors } = f;
  ctx.strokeStyle = colors.highlightEdge;
  ctx.lineWidth = 2;
  for (const id of ids) {
    const b = band(id);
    if (b) ctx.strokeRect(f.plotX + 1, b.y + 1, f.plotWidth - 2, b.height - 2);
  }
}

export function drawDeadlock(f: Frame, store: TraceStore, d: Deadlock, band: LaneBand, laneY: LaneY): void {
  const { ctx, colors } = f;
  const x = f.plotX + f.scale.toPx(store.time(d.seq));
  ctx.strokeStyle = colors.deadlock;
  ctx.fillStyle = colors.deadlock;
  ctx.lineWidth = 2;
  for (const id of d.cycle) {
    const b = band(id);
    if (!b) continue;
    const x0 = Math.max(f.plotX, x);
    ctx.strokeRect(x0, b.y + 1, Math.max(2, f.plotX + f.plotWidth - x0), b.height - 2);
  }
  ctx.font = FONT_BOLD;
  ctx.textBaseline = 'middle';
  d.edges.forEach((e, k) => {
    const y0 = laneY(e.from);
    const y1 = laneY(e.to);
    if (y0 === undefined || y1 === undefined) return;
    // the wait-for edges stand just left of the moment the cycle closed, inside the plot
    const ex = Math.max(f.plotX + 8, x - 16 - 14 * k);
    ctx.fillStyle = colors.deadlock;
    arrow(ctx, ex, y0, ex, y1);
    const via = store.entity(e.via)?.name;
    if (!via) return;
    const label = `waits for ${via}${e.line ? ` (line ${e.line})` : ''}`;
    // on the waiter's lane, left of its edge, on a plate so it reads over the spans
    const w = ctx.measureText(label).width;
    const lx = Math.max(f.plotX + 4, ex - w - 8);
    ctx.fillStyle = colors.background;
    ctx.fillRect(lx - 3, y0 - 7, w + 6, 14);
    ctx.fillStyle = colors.deadlock;
    ctx.fillText(label, lx, y0);
  });
}
