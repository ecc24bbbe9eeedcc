// Arrows from cause to effect (a release to the acquire it allows, a notify to the wake, a put to
// the get, a start to the started thread), the deadlock's wait-for edges, and the cursor line.
// Arrows whose heads land on the same pixel of the same lane are drawn once.

import type { Arrow, ArrowIndex } from '../trace/arrows';
import type { TraceStore } from '../trace/store';
import { FONT } from './frame';
import type { Frame } from './frame';

/** Arrows a window may hold and still have them drawn: more would be a smear; zoom in to see them. */
export const MAX_ARROWS = 1000;

export interface ArrowsDrawn {
  /** arrows whose effect is in the window */
  visible: number;
  /** drawn ones (arrows landing on the same pixel of the same lane are drawn once) */
  drawn: number;
  /** true when the window held more than MAX_ARROWS and none were drawn */
  tooDense: boolean;
  kinds: Record<string, number>;
}

/** The y of a lane's middle on the canvas, or undefined when the lane is not on screen. */
export type LaneY = (laneId: number) => number | undefined;

export function drawArrows(f: Frame, store: TraceStore, index: ArrowIndex, laneY: LaneY, color: string): ArrowsDrawn {
  const out: ArrowsDrawn = { visible: 0, drawn: 0, tooDense: false, kinds: {} };
  if (index.arrows.length === 0 || store.eventCount === 0) return out;
  const firstSeq = Math.max(0, store.indexAtTime(f.scale.start - 1) + 1);
  const lastSeq = store.indexAtTime(f.scale.end);
  const first = index.firstFrom(firstSeq);
  out.visible = index.firstFrom(lastSeq + 1) - first;
  if (out.visible > MAX_ARROWS) {
    out.tooDense = true;
    return out;
  }
  const seen = new Set<number>();
  f.ctx.strokeStyle = color;
  f.ctx.fillStyle = color;
  f.ctx.lineWidth = 1.2;
  for (let i = first; i < first + out.visible; i++) {
    const a = index.arrows[i] as Arrow;
    const y0 = laneY(a.fromLane);
    const y1 = laneY(a.toLane);
    if (y0 === undefined || y1 === undefined) continue;
    const x1 = f.plotX + f.scale.toPx(store.time(a.toSeq));
    const key = a.toLane * 65536 + Math.floor(x1);
    if (seen.has(key)) continue;
    seen.add(key);
    const x0 = f.plotX + f.scale.toPx(store.time(a.fromSeq));
    arrow(f.ctx, x0, y0, x1, y1);
    out.drawn++;
    out.kinds[a.kind] = (out.kinds[a.kind] ?? 0) + 1;
  }
  return out;
}

/** A line from (x0, y0) to (x1, y1) with a head at the end. */
export function arrow(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  const angle = Math.atan2(y1 - y0, x1 - x0);
  const size = 6;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x1 - size * Math.cos(angle - 0.45), y1 - size * Math.sin(angle - 0.45));
  ctx.lineTo(x1 - size * Math.cos(angle + 0.45), y1 - size * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}

/** The cursor: a line down the plot and its time in a flag on the axis. */
export function drawCursor(f: Frame, t: number, label: string, top: number, axisHeight: number): number | undefined {
  const x = f.plotX + f.scale.toPx(t);
  if (x < f.plotX - 1 || x > f.plotX + f.plotWidth + 1) return undefined;
  const { ctx, colors } = f;
  ctx.fillStyle = colors.cursor;
  ctx.fillRect(Math.round(x) - 1, top, 2, f.height - top);
  ctx.font = FONT;
  const w = ctx.measureText(label).width + 8;
  const bx = Math.min(x, f.plotX + f.plotWidth - w);
  ctx.fillRect(bx, axisHeight - 16, w, 16);
  ctx.fillStyle = colors.background;
  ctx.textBaseline = 'middle';
  ctx.fillText(label, bx + 4, axisHeight - 8);
  return x;
}
