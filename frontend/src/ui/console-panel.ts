// The program's output up to the cursor, each write attributed to and coloured by its thread.

import type { ConsoleLine } from '../trace/state';
import { h } from './dom';

export interface Who {
  name(actor: number): string;
  colour(actor: number): string;
}

export class ConsolePanel {
  readonly element = h('div', { className: 'console', tabIndex: 0, attrs: { role: 'log', 'aria-label': 'Program output up to the cursor' } });
  private shownKey = '';

  /** lines: the writes up to the cursor, the last `max` of them when there are more */
  render(lines: readonly ConsoleLine[], who: Who, max = Number.POSITIVE_INFINITY): void {
    const last = lines[lines.length - 1];
    const key = `${lines.length}:${last?.seq ?? -1}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.element.replaceChildren(
      ...lines.map((l) => {
        const row = h('div', { className: `console-line ${l.stream}`, title: `seq ${l.seq}, t = ${l.t} ns` }, [
          h('span', { className: 'who', textContent: who.name(l.actor) }),
          h('span', { className: 'text', textContent: l.text.endsWith('\n') ? l.text.slice(0, -1) : l.text }),
        ]);
        row.style.setProperty('--thread-colour', who.colour(l.actor));
        row.dataset.seq = String(l.seq);
        row.dataset.actor = String(l.actor);
        return row;
      }),
    );
    if (lines.length === 0) this.element.append(h('div', { className: 'empty', textContent: 'No output yet.' }));
    if (lines.length >= max) this.element.prepend(h('div', { className: 'empty', textContent: `The last ${max} writes up to the cursor:` }));
    this.element.scrollTop = this.element.scrollHeight;
  }

  clear(): void {
    this.shownKey = '';
    this.element.replaceChildren();
  }
}
