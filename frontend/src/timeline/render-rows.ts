// A row's frame: its background (headers for processes and sections, a tint for offered threads,
// a band for cores and objects) and its label in the gutter.

import { LABEL_FONT, LABEL_FONT_BOLD } from './frame';
import type { Frame } from './frame';
import type { Row } from './layout';
import { drawClippedText } from './render-lanes';

export function drawRowFrame(f: Frame, r: Row, y: number, highlighted: boolean): void {
  const { ctx, colors } = f;
  const header = r.kind === 'section' || r.kind === 'process';
  if (header) {
    ctx.fillStyle = colors.section;
    ctx.fillRect(0, y, f.width, r.height);
  } else if (highlighted && (r.kind === 'thread' || r.kind === 'task')) {
    ctx.fillStyle = colors.highlight;
    ctx.fillRect(0, y, f.width, r.height);
  } else if (r.kind === 'object' || r.kind === 'core') {
    ctx.fillStyle = colors.rowAlt;
    ctx.fillRect(f.plotX, y, f.plotWidth, r.height);
  }
  ctx.fillStyle = header ? colors.text : colors.mutedText;
  ctx.font = header ? LABEL_FONT_BOLD : LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const indent = 6 + r.depth * 12;
  drawClippedText(ctx, r.label, indent, y + r.height / 2, f.plotX - 6 - indent);
}
