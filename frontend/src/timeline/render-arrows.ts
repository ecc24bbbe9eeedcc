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
  // every arrow in one path of lines and one of heads: two canvas fills, not two per arrow
  const lines = new Path2D();
  const heads = new Path2D();
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
    arrowPath(lines, heads, x0, y0, x1, y1);
    out.drawn++;
    out.kinds[a.kind] = (out.kinds[a.kind] ?? 0) + 1;
  }
  f.ctx.strokeStyle = color;
  f.ctx.fillStyle = color;
  f.ctx.lineWidth = 1.2;
  f.ctx.stroke(lines);
  f.ctx.fill(heads);
  return out;
}

const HEAD = 6;

/** Adds an arrow from (x0, y0) to (x1, y1): its line to lines, its head to heads. */
function arrowPath(lines: Path2D, heads: Path2D, x0: number, y0: number, x1: number, y1: number): void {
  lines.moveTo(x0, y0);
  lines.lineTo(x1, y1);
  const angle = Math.atan2(y1 - y0, x1 - x0);
  heads.moveTo(x1, y1);
  heads.lineTo(x1 - HEAD * Math.cos(angle - 0.45), y1 - HEAD * Math.sin(angle - 0.45));
  heads.lineTo(x1 - HEAD * Math.cos(angle + 0.45), y1 - HEAD * Math.sin(angle + 0.45));
  heads.closePath();
}

/** One arrow from (x0, y0) to (x1, y1), stroked and filled in the context's current colours. */
export function arrow(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  const lines = new Path2D();
  const heads = new Path2D();
  arrowPath(lines, heads, x0, y0, x1, y1);
  ctx.stroke(lines);
  ctx.fill(heads);
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
