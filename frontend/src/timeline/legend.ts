// The legend above the canvas: a swatch (painted with the same fills as the lanes) and a name for
// each state the trace has shown so far, plus how to read arrows and object tracks. DOM, so it is
// readable by screen readers and wraps on narrow screens.

import type { Paint } from './paint';
import { stateStyle } from './palette';
import type { ThemeColors } from './palette';

export class Legend {
  readonly element: HTMLDivElement;
  private shown: string[] = [];
  private paintShown: Paint | undefined;

  constructor(private readonly doc: Document) {
    this.element = doc.createElement('div');
    this.element.className = 'timeline-legend';
    this.element.setAttribute('aria-label', 'Legend');
    this.element.style.cssText = 'display:flex;flex-wrap:wrap;gap:4px 14px;padding:4px 8px;font:12px system-ui,sans-serif;align-items:center;';
  }

  /** The states in the legend, in order. */
  states(): string[] {
    return [...this.shown];
  }

  setTheme(c: ThemeColors): void {
    this.element.style.background = c.gutter;
    this.element.style.color = c.text;
  }

  /** Shows the trace's states (redrawn only when they or the paint change). */
  update(states: readonly string[], paint: Paint): void {
    const wanted = states.filter((s) => s !== 'created' || states.length === 1);
    if (paint === this.paintShown && wanted.length === this.shown.length && wanted.every((s, i) => s === this.shown[i])) return;
    this.shown = [...wanted];
    this.paintShown = paint;
    this.element.replaceChildren();
    for (const s of wanted) this.element.append(this.item(s, paint));
    for (const text of [
      '→ cause to effect (release→acquire, notify→wake, put→get, start, join)',
      'objects: bar = holder · line = value, size or count · dashes = maxsize or parties · ticks = events',
    ]) {
      const note = this.doc.createElement('span');
      note.textContent = text;
      note.style.opacity = '0.8';
      this.element.append(note);
    }
  }

  private item(state: string, paint: Paint): HTMLSpanElement {
    const item = this.doc.createElement('span');
    item.style.cssText = 'display:inline-flex;align-items:center;gap:5px;';
    const swatch = this.doc.createElement('canvas');
    const dpr = this.doc.defaultView?.devicePixelRatio ?? 1;
    swatch.width = Math.round(22 * dpr);
    swatch.height = Math.round(12 * dpr);
    swatch.style.cssText = 'width:22px;height:12px;';
    swatch.setAttribute('aria-hidden', 'true');
    const ctx = swatch.getContext('2d');
    if (ctx) {
      ctx.scale(dpr, dpr);
      const style = stateStyle(state);
      if (style.pattern === 'thin') {
        ctx.fillStyle = style.color;
        ctx.fillRect(0, 5, 22, 2);
      } else {
        ctx.fillStyle = paint.fill(state);
        ctx.fillRect(0, 0, 22, 12);
      }
    }
    const label = this.doc.createElement('span');
    label.textContent = stateStyle(state).label;
    item.append(swatch, label);
    return item;
  }
}
