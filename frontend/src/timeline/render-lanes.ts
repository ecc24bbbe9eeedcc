// Lanes: a thread's, task's or process's states as coloured and patterned spans; a core's or the
// GIL's holders as spans in each holder's colour, named where there is room. Both draw the
// per-pixel runs of merge.ts, so a frame costs at most one rectangle per pixel per lane.

import { FONT } from './frame';
import type { Frame } from './frame';
import type { Runs } from './merge';
import { visibleRuns } from './lane-runs';
import type { PlacedRuns } from './lane-runs';
import { stateStyle, textOn, threadColor } from './palette';

const LABEL_MIN_PX = 36;

/** Runs narrower than this get their state's plain colour: a pattern does not show in them. */
const PATTERN_MIN_PX = 3;

/**
 * Draws state runs in the band [y, y + h): one path per state (two for a patterned state: wide
 * runs patterned, narrow ones plain), filled once; a fill per run would cost a canvas call per
 * pixel when states change faster than pixels. Returns the runs drawn.
 */
export function drawStateRuns(f: Frame, p: PlacedRuns, stateNames: readonly string[], y: number, h: number): number {
  const { ctx } = f;
  const [first, last] = visibleRuns(p, f.plotWidth);
  for (const code of codesOf(p.runs, first, last)) {
    const state = stateNames[code] ?? '?';
    const style = stateStyle(state);
    if (style.pattern === 'thin') {
      fillRuns(ctx, f, p, first, last, code, y + h / 2 - 1, 2, 0, Infinity);
      ctx.fillStyle = style.color;
      ctx.fill();
      continue;
    }
    const patterned = style.pattern !== 'solid';
    if (fillRuns(ctx, f, p, first, last, code, y + 2, h - 4, patterned ? PATTERN_MIN_PX : 0, Infinity)) {
      ctx.fillStyle = f.paint.fill(state);
      ctx.fill();
    }
    if (patterned && fillRuns(ctx, f, p, first, last, code, y + 2, h - 4, 0, PATTERN_MIN_PX)) {
      ctx.fillStyle = style.color;
      ctx.fill();
    }
  }
  return last - first;
}

/** Starts a path of the runs of value code between minW and maxW pixels wide; false when none. */
function fillRuns(ctx: CanvasRenderingContext2D, f: Frame, p: PlacedRuns, first: number, last: number, code: number, y: number, h: number, minW: number, maxW: number): boolean {
  const { runs, offset, factor } = p;
  ctx.beginPath();
  let any = false;
  for (let i = first; i < last; i++) {
    if (runs.code[i] !== code) continue;
    const x0 = offset + (runs.x0[i] as number) * factor;
    const w = ((runs.x1[i] as number) - (runs.x0[i] as number)) * factor;
    if (w < minW || w >= maxW) continue;
    ctx.rect(f.plotX + x0, y, w, h);
    any = true;
  }
  return any;
}

/**
 * Draws holder runs (a thread id per run) in each holder's colour, named where there is room (by
 * label, given the holder and the run's left x in the plot; the holder's name by default).
 */
export function drawHolderRuns(f: Frame, p: PlacedRuns, y: number, h: number, label?: (holder: number, x: number) => string): number {
  const { ctx } = f;
  const { runs, offset, factor } = p;
  const [first, last] = visibleRuns(p, f.plotWidth);
  const byColor = new Map<string, number[]>();
  for (let i = first; i < last; i++) {
    const color = threadColor(runs.code[i] as number);
    const list = byColor.get(color);
    if (list) list.push(i);
    else byColor.set(color, [i]);
  }
  for (const [color, list] of byColor) {
    ctx.beginPath();
    for (const i of list) ctx.rect(f.plotX + offset + (runs.x0[i] as number) * factor, y + 2, ((runs.x1[i] as number) - (runs.x0[i] as number)) * factor, h - 4);
    ctx.fillStyle = color;
    ctx.fill();
  }
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  for (let i = first; i < last; i++) {
    const px = offset + (runs.x0[i] as number) * factor;
    const x0 = f.plotX + px;
    const w = ((runs.x1[i] as number) - (runs.x0[i] as number)) * factor;
    if (w < LABEL_MIN_PX) continue;
    const id = runs.code[i] as number;
    ctx.fillStyle = textOn(threadColor(id));
    const text = label ? label(id, Math.max(0, px) + 1) : f.name(id);
    drawClippedText(ctx, text, Math.max(x0, f.plotX) + 3, y + h / 2, Math.min(x0 + w, f.plotX + f.plotWidth) - Math.max(x0, f.plotX) - 6);
  }
  return last - first;
}

/** Runs in pixels of the plot as they are (offset 0, factor 1). */
export function onPixels(runs: Runs): PlacedRuns {
  return { runs, offset: 0, factor: 1 };
}

function codesOf(runs: Runs, first: number, last: number): Set<number> {
  const codes = new Set<number>();
  for (let i = first; i < last; i++) codes.add(runs.code[i] as number);
  return codes;
}

/** Text cut with an ellipsis to fit maxWidth (nothing when even one letter does not fit). */
export function drawClippedText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number): void {
  if (maxWidth < 8) return;
  if (ctx.measureText(text).width <= maxWidth) {
    ctx.fillText(text, x, y);
    return;
  }
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ctx.measureText(text.slice(0, mid) + '…').width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0) ctx.fillText(text.slice(0, lo) + '…', x, y);
}
