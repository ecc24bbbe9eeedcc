// Lanes: a thread's, task's or process's states as coloured and patterned spans; a core's or the
// GIL's holders as spans in each holder's colour, named where there is room. Both draw the
// per-pixel runs of merge.ts, so a frame costs at most one rectangle per pixel per lane.

import { FONT } from './frame';
import type { Frame } from './frame';
import type { Runs } from './merge';
import { stateStyle, textOn, threadColor } from './palette';

const LABEL_MIN_PX = 36;

/** Runs narrower than this get their state's plain colour: a pattern does not show in them. */
const PATTERN_MIN_PX = 3;

/**
 * Draws state runs in the band [y, y + h): one path per state (two for a patterned state: wide
 * runs patterned, narrow ones plain), filled once; a fill per run would cost a canvas call per
 * pixel when states change faster than pixels. Returns the runs drawn.
 */
export function drawStateRuns(f: Frame, runs: Runs, stateNames: readonly string[], y: number, h: number): number {
  const { ctx } = f;
  for (const code of codesOf(runs)) {
    const state = stateNames[code] ?? '?';
    const style = stateStyle(state);
    if (style.pattern === 'thin') {
      fillRuns(ctx, runs, code, y + h / 2 - 1, 2, f.plotX, 0, Infinity);
      ctx.fillStyle = style.color;
      ctx.fill();
      continue;
    }
    const patterned = style.pattern !== 'solid';
    if (fillRuns(ctx, runs, code, y + 2, h - 4, f.plotX, patterned ? PATTERN_MIN_PX : 0, Infinity)) {
      ctx.fillStyle = f.paint.fill(state);
      ctx.fill();
    }
    if (patterned && fillRuns(ctx, runs, code, y + 2, h - 4, f.plotX, 0, PATTERN_MIN_PX)) {
      ctx.fillStyle = style.color;
      ctx.fill();
    }
  }
  return runs.n;
}

/** Starts a path of the runs of value code between minW and maxW pixels wide; false when none. */
function fillRuns(ctx: CanvasRenderingContext2D, runs: Runs, code: number, y: number, h: number, plotX: number, minW: number, maxW: number): boolean {
  ctx.beginPath();
  let any = false;
  for (let i = 0; i < runs.n; i++) {
    if (runs.code[i] !== code) continue;
    const w = (runs.x1[i] as number) - (runs.x0[i] as number);
    if (w < minW || w >= maxW) continue;
    ctx.rect(plotX + (runs.x0[i] as number), y, w, h);
    any = true;
  }
  return any;
}

/**
 * Draws holder runs (a thread id per run) in each holder's colour, named where there is room (by
 * label, given the holder and the run's left x in the plot; the holder's name by default).
 */
export function drawHolderRuns(f: Frame, runs: Runs, y: number, h: number, label?: (holder: number, x: number) => string): number {
  const { ctx } = f;
  const byColor = new Map<string, number[]>();
  for (let i = 0; i < runs.n; i++) {
    const color = threadColor(runs.code[i] as number);
    const list = byColor.get(color);
    if (list) list.push(i);
    else byColor.set(color, [i]);
  }
  for (const [color, list] of byColor) {
    ctx.beginPath();
    for (const i of list) ctx.rect(f.plotX + (runs.x0[i] as number), y + 2, (runs.x1[i] as number) - (runs.x0[i] as number), h - 4);
    ctx.fillStyle = color;
    ctx.fill();
  }
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  for (let i = 0; i < runs.n; i++) {
    const x0 = f.plotX + (runs.x0[i] as number);
    const w = (runs.x1[i] as number) - (runs.x0[i] as number);
    if (w < LABEL_MIN_PX) continue;
    const id = runs.code[i] as number;
    ctx.fillStyle = textOn(threadColor(id));
    const text = label ? label(id, Math.max(0, runs.x0[i] as number) + 1) : f.name(id);
    drawClippedText(ctx, text, Math.max(x0, f.plotX) + 3, y + h / 2, Math.min(w, f.plotX + f.plotWidth - x0) - 6);
  }
  return runs.n;
}

function codesOf(runs: Runs): Set<number> {
  const codes = new Set<number>();
  for (let i = 0; i < runs.n; i++) codes.add(runs.code[i] as number);
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
