// Object tracks: an object's own states (a future's) as coloured spans like a lane's; a lock's
// holder as bars in the holder's colour, named with its recursion depth
// and waiters where there is room; a semaphore's value, a queue's size (up to its maxsize), a
// barrier's arrivals (up to its parties), a condition's waiters, an event's flag as a step chart;
// a tick under every event about the object. Drawing is per pixel like the lanes: holder bars go
// through the span merge, a chart column shows the lowest and highest level inside it (whole
// blocks of events inside one pixel are taken from their precomputed extremes), ticks jump to the
// next pixel by binary search.

import { BLOCK } from '../trace/tracks';
import type { ObjectTrack } from '../trace/tracks';
import type { Frame } from './frame';
import { Runs, mergeSpans } from './merge';
import { drawHolderRuns, drawStateRuns, onPixels } from './render-lanes';

export interface TrackDrawn {
  /** events of the object inside the window */
  points: number;
  /** drawing operations (bars, chart steps, ticks) */
  ops: number;
}

const runs = new Runs();

/** Draws one object's track in the band [y, y + h); stateNames name the codes of tr.states. */
export function drawTrack(f: Frame, tr: ObjectTrack, y: number, h: number, stateNames: readonly string[]): TrackDrawn {
  if (tr.n === 0) return { points: 0, ops: 0 };
  const first = Math.max(0, tr.indexAt(f.scale.start));
  const last = Math.max(first, tr.indexAt(f.scale.end));
  const points = tr.indexAt(f.scale.end) - tr.firstFrom(f.scale.start) + 1;
  let ops = 0;
  if (tr.states.n > 0) {
    mergeSpans(tr.states, f.endTime, f.scale, runs);
    ops += drawStateRuns(f, onPixels(runs), stateNames, y + 1, h - 8);
  } else if (tr.levelKind === 'held') ops += drawHolders(f, tr, y, h);
  else ops += drawLevels(f, tr, first, last, y, h);
  ops += drawTicks(f, tr, y + h - 3);
  return { points: Math.max(0, points), ops };
}

function drawHolders(f: Frame, tr: ObjectTrack, y: number, h: number): number {
  mergeSpans(tr.holders, f.endTime, f.scale, runs, -1);
  return drawHolderRuns(f, onPixels(runs), y + 1, h - 8, (holder, x) => {
    const i = tr.indexAt(f.scale.toTime(x));
    const depth = i >= 0 ? (tr.level[i] as number) : 1;
    const waiting = i >= 0 ? (tr.waiting[i] as number) : 0;
    return `${f.name(holder)}${depth > 1 ? ` ×${depth}` : ''}${waiting > 0 ? ` · ${waiting} waiting` : ''}`;
  });
}

function drawLevels(f: Frame, tr: ObjectTrack, first: number, last: number, y: number, h: number): number {
  const { ctx, colors } = f;
  const top = Math.max(tr.maxLevel, tr.ceiling, 1);
  const chartH = h - 8;
  const yOf = (v: number): number => y + 2 + chartH - (Math.max(0, v) / top) * chartH;
  const k = f.scale.width / f.scale.span;
  const t0 = f.scale.start;
  const xOf = (t: number): number => Math.max(-2, Math.min(f.plotWidth + 2, (t - t0) * k));
  ctx.beginPath();
  let ops = 0;
  let started = false;
  const put = (x: number, v: number): void => {
    if (started) ctx.lineTo(f.plotX + x, yOf(v));
    else ctx.moveTo(f.plotX + x, yOf(v));
    started = true;
    ops++;
  };
  // the pixel column being filled: its lowest and highest level, and the level it ends at
  let col = Number.NaN;
  let colMin = 0;
  let colMax = 0;
  let level = Number.NaN;
  const flush = (): void => {
    if (Number.isNaN(col)) return;
    put(col, colMin);
    if (colMax !== colMin) put(col, colMax);
    put(col, level);
  };
  const take = (px: number, x: number, min: number, max: number, end: number): void => {
    if (px !== col) {
      flush();
      if (!Number.isNaN(level)) put(x, level);
      col = px;
      colMin = min;
      colMax = max;
    } else {
      colMin = Math.min(colMin, min);
      colMax = Math.max(colMax, max);
    }
    level = end;
  };
  const blocks = tr.completeBlocks;
  let i = first;
  while (i <= last) {
    if (i % BLOCK === 0 && i / BLOCK < blocks && i + BLOCK - 1 <= last) {
      const b = i / BLOCK;
      const px = Math.floor(xOf(tr.t[i] as number));
      if (px === Math.floor(xOf(tr.t[i + BLOCK - 1] as number)) && !Number.isNaN(tr.blockMax[b] as number)) {
        let end = Number.NaN;
        for (let j = i + BLOCK - 1; j >= i && Number.isNaN(end); j--) end = tr.level[j] as number;
        take(px, xOf(tr.t[i] as number), tr.blockMin[b] as number, tr.blockMax[b] as number, end);
        i += BLOCK;
        continue;
      }
    }
    const v = tr.level[i] as number;
    if (!Number.isNaN(v)) {
      const x = xOf(tr.t[i] as number);
      take(Math.floor(x), x, v, v, v);
    }
    i++;
  }
  flush();
  if (!started) return 0;
  put(xOf(Math.min(f.endTime, f.scale.end)), level);
  ctx.strokeStyle = colors.chart;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  if (tr.hasSecond) ops += drawSecond(f, tr, yOf);
  if (tr.ceiling > 0) {
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = colors.mutedText;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(f.plotX, yOf(tr.ceiling));
    ctx.lineTo(f.plotX + f.plotWidth, yOf(tr.ceiling));
    ctx.stroke();
    ctx.setLineDash([]);
  }
  return ops;
}

/**
 * The second number (a queue's unfinished tasks, an event loop's timers) as a thinner dotted step
 * line on the same scale: one point per pixel column, the value at its right edge, found by
 * binary search, so the cost is per pixel whatever the number of events.
 */
function drawSecond(f: Frame, tr: ObjectTrack, yOf: (v: number) => number): number {
  const { ctx, colors } = f;
  const endPx = Math.min(f.plotWidth, Math.ceil(f.scale.toPx(Math.min(f.endTime, f.scale.end))));
  ctx.beginPath();
  let ops = 0;
  let prev = Number.NaN;
  for (let px = Math.max(0, Math.floor(f.scale.toPx(tr.t[0] as number))); px <= endPx; px++) {
    const i = tr.indexAt(f.scale.toTime(px + 1));
    const v = i >= 0 ? (tr.second[i] as number) : Number.NaN;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(prev)) ctx.moveTo(f.plotX + px, yOf(v));
    else if (v !== prev) {
      ctx.lineTo(f.plotX + px, yOf(prev));
      ctx.lineTo(f.plotX + px, yOf(v));
      ops++;
    }
    prev = v;
  }
  if (Number.isNaN(prev)) return 0;
  ctx.lineTo(f.plotX + endPx, yOf(prev));
  if (tr.maxLevel < prev) tr.maxLevel = prev;
  ctx.setLineDash([2, 2]);
  ctx.strokeStyle = colors.mutedText;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.setLineDash([]);
  return ops + 1;
}

/** A tick per pixel that has events, jumping from pixel to pixel by binary search. */
function drawTicks(f: Frame, tr: ObjectTrack, y: number): number {
  const { ctx, colors } = f;
  ctx.beginPath();
  let ops = 0;
  let i = tr.firstFrom(f.scale.start);
  while (i < tr.n) {
    const t = tr.t[i] as number;
    if (t > f.scale.end) break;
    const px = Math.floor(f.scale.toPx(t));
    ctx.rect(f.plotX + px, y, 1, 3);
    ops++;
    // the first event in a later pixel
    i = Math.max(i + 1, tr.firstFrom(f.scale.toTime(px + 1)));
  }
  ctx.fillStyle = colors.mutedText;
  ctx.fill();
  return ops;
}
