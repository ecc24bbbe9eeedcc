// What every renderer is handed for one frame: the context, the time scale of the plot and where
// the plot is on the canvas, the theme's colours and fills, and names for ids.

import type { Paint } from './paint';
import type { ThemeColors } from './palette';
import type { TimeScale } from './scale';

export interface Frame {
  ctx: CanvasRenderingContext2D;
  /** time ↔ x inside the plot (x 0 is the plot's left edge) */
  scale: TimeScale;
  /** the plot's left edge on the canvas, css px */
  plotX: number;
  plotWidth: number;
  /** canvas size, css px */
  width: number;
  height: number;
  colors: ThemeColors;
  paint: Paint;
  /** virtual ns of the trace's last event: where open spans end */
  endTime: number;
  /** an entity's name */
  name(id: number): string;
}

/** Canvas fonts: a generic family (a named one costs a font lookup on every text in software canvas). */
export const FONT = '11px sans-serif';
export const FONT_BOLD = '600 11px sans-serif';
export const LABEL_FONT = '12px sans-serif';
export const LABEL_FONT_BOLD = '600 12px sans-serif';
