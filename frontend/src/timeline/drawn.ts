// The drawn model: what the last frame showed, for the browser tests and the bench
// (window.__interleave.drawn()). Lanes, tracks and arrows as drawn from the trace, not as the
// canvas pixels, so a test can check the view against the trace.

import type { DeadlockEdge } from '../trace/machine';
import type { ArrowsDrawn } from './render-arrows';
import type { RowKind } from './layout';
import type { LevelKind } from '../trace/tracks';

export interface DrawnLane {
  key: string;
  kind: RowKind;
  /** entity id (thread, task, process; the process for a GIL), or core number */
  id: number;
  label: string;
  /** css px from the top of the canvas (may be off screen) */
  y: number;
  height: number;
  onScreen: boolean;
  /** spans inside the window by state (lanes), or by holder name (cores and GILs; `idle`, `free`) */
  spans: Record<string, number>;
  /** rectangles the frame drew for this lane */
  rects: number;
  highlighted: boolean;
  inDeadlock: boolean;
}

export interface DrawnTrack {
  key: string;
  id: number;
  /** the object's kind: lock, semaphore, queue... */
  kind: string;
  label: string;
  levelKind: LevelKind;
  /** what the second, dotted line charts (a queue's unfinished tasks, an event loop's timers), if any */
  second?: string;
  y: number;
  height: number;
  onScreen: boolean;
  /** events about the object inside the window */
  points: number;
  ops: number;
}

export interface DrawnModel {
  /** frames drawn so far */
  frame: number;
  /** how long the last frame took, ms */
  frameMs: number;
  width: number;
  height: number;
  theme: 'light' | 'dark';
  eventCount: number;
  /** the visible time window, virtual ns */
  window: { start: number; end: number };
  lanes: DrawnLane[];
  tracks: DrawnTrack[];
  arrows: ArrowsDrawn;
  cursor: { seq: number; t: number; x: number | null } | null;
  deadlock: { cycle: number[]; edges: DeadlockEdge[] } | null;
  highlighted: number[];
  /** state names in the legend */
  legend: string[];
  /** rectangles drawn for lanes in the last frame (what the per-pixel merge keeps small) */
  rects: number;
}
