// The time axis along the top and its grid lines down the plot.

import { FONT } from './frame';
import type { Frame } from './frame';

export const AXIS_HEIGHT = 24;

export function drawAxis(f: Frame): number {
  const { ctx, colors } = f;
  ctx.fillStyle = colors.gutter;
  ctx.fillRect(0, 0, f.width, AXIS_HEIGHT);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const ticks = f.scale.ticks(90);
  ctx.fillStyle = colors.grid;
  for (const tick of ticks) ctx.fillRect(Math.round(f.plotX + tick.x), AXIS_HEIGHT, 1, f.height - AXIS_HEIGHT);
  ctx.fillStyle = colors.mutedText;
  for (const tick of ticks) {
    const x = f.plotX + tick.x;
    if (x < f.plotX) continue;
    ctx.fillRect(Math.round(x), AXIS_HEIGHT - 6, 1, 6);
    ctx.fillText(tick.label, x + 3, AXIS_HEIGHT / 2);
  }
  return ticks.length;
}
