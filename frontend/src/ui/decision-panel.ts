// Interactive mode: the threads offered at a decision as buttons (1–9 on the keyboard pick them),
// and the ways to let the machine go on by itself.

import type { DecisionMessage, Until } from '../protocol';
import { h } from './dom';
import type { Who } from './console-panel';

export interface DecisionActions {
  pick(thread: number): void;
  continueUntil(until: Until): void;
}

export class DecisionPanel {
  readonly element = h('div', { className: 'decision', attrs: { 'aria-live': 'polite' } });

  constructor(private readonly actions: DecisionActions) {
    this.clear();
  }

  clear(text = ''): void {
    this.element.hidden = text === '';
    this.element.replaceChildren(h('p', { className: 'empty', textContent: text }));
  }

  render(d: DecisionMessage, who: Who): void {
    this.element.hidden = false;
    const what = d.kind === 'gil' ? 'Who takes the GIL?' : 'Who gets the free core?';
    const options = d.options.map((o, i) => {
      const b = h('button', { type: 'button', className: 'pick' }, [
        h('kbd', { textContent: i < 9 ? String(i + 1) : '' }),
        ` ${o.name}${o.line ? ` (line ${o.line})` : ' (not started yet)'}`,
      ]);
      b.style.setProperty('--thread-colour', who.colour(o.thread));
      b.dataset.thread = String(o.thread);
      b.addEventListener('click', () => this.actions.pick(o.thread));
      return h('li', {}, [b]);
    });
    const more = d.count > d.options.length ? [h('p', { textContent: `and ${d.count - d.options.length} more not listed` })] : [];
    const blocking = h('button', { type: 'button', className: 'continue-blocking', textContent: 'Run on to the next blocking point (c)' });
    blocking.addEventListener('click', () => this.actions.continueUntil('blocking'));
    const end = h('button', { type: 'button', className: 'continue-end', textContent: 'Run to the end (e)' });
    end.addEventListener('click', () => this.actions.continueUntil('end'));
    this.element.replaceChildren(
      h('p', { className: 'decision-question', textContent: `Decision ${d.decision} at event ${d.seq}: ${what}` }),
      h('ul', { className: 'options', attrs: { 'aria-label': 'Threads to choose from' } }, options),
      ...more,
      h('div', { className: 'decision-continue' }, [blocking, end]),
    );
    (options[0]?.firstElementChild as HTMLButtonElement | null)?.focus({ preventScroll: true });
  }
}
