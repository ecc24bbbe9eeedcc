// Fill styles for the lane states: a colour, with a pattern drawn over it for the waiting states
// (hatching for blocked, dots for the GIL, lines for sleeping, a cross for cut off and zombie).
// Made once per theme from a small tile canvas; renderers only look them up.

import { STATE_STYLES, stateStyle } from './palette';
import type { PatternKind, Theme } from './palette';

export type Fill = string | CanvasPattern;

const TILE = 8;

function drawTile(ctx: CanvasRenderingContext2D, color: string, pattern: PatternKind, ink: string): void {
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (pattern === 'hatch' || pattern === 'cross') {
    ctx.moveTo(-2, TILE + 2);
    ctx.lineTo(TILE + 2, -2);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(TILE - 2, TILE + 2);
    ctx.lineTo(TILE + 2, TILE - 2);
  }
  if (pattern === 'cross') {
    ctx.moveTo(-2, -2);
    ctx.lineTo(TILE + 2, TILE + 2);
  }
  if (pattern === 'lines') {
    ctx.moveTo(0, TILE / 2);
    ctx.lineTo(TILE, TILE / 2);
  }
  ctx.stroke();
  if (pattern === 'dots') {
    ctx.beginPath();
    ctx.arc(TILE / 4, TILE / 4, 1.3, 0, Math.PI * 2);
    ctx.arc((3 * TILE) / 4, (3 * TILE) / 4, 1.3, 0, Math.PI * 2);
    ctx.fill();
  }
}

export class Paint {
  private readonly fills = new Map<string, Fill>();

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    readonly theme: Theme,
    private readonly makeCanvas: () => HTMLCanvasElement,
  ) {
    for (const name of Object.keys(STATE_STYLES)) this.fill(name);
  }

  /** The fill of a state (made on first use for a state the palette does not know). */
  fill(state: string): Fill {
    let f = this.fills.get(state);
    if (f !== undefined) return f;
    const style = stateStyle(state);
    f = style.color;
    if (style.pattern !== 'solid' && style.pattern !== 'thin') {
      const tile = this.makeCanvas();
      tile.width = TILE;
      tile.height = TILE;
      const tctx = tile.getContext('2d');
      if (tctx) {
        drawTile(tctx, style.color, style.pattern, this.theme === 'dark' ? 'rgba(0,0,0,0.55)' : 'rgba(255,255,255,0.7)');
        f = this.ctx.createPattern(tile, 'repeat') ?? style.color;
      }
    }
    this.fills.set(state, f);
    return f;
  }
}
