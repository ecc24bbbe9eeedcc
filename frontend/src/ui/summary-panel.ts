// How the run ended: exit status, virtual time, CPU time per core, context switches, GIL
// hand-overs, straight from the summary message.

import type { SummaryMessage } from '../protocol';
import { h } from './dom';
import { formatNanos } from './format';

export class SummaryPanel {
  readonly element = h('div', { className: 'summary' });

  clear(text = 'The summary appears when the run ends.'): void {
    this.element.replaceChildren(h('p', { className: 'empty', textContent: text }));
  }

  render(s: SummaryMessage): void {
    const rows: [string, string][] = [
      ['exit status', `${s.exitStatus} (${s.ending.replaceAll('-', ' ')})`],
      ['virtual time', s.virtualNanos === undefined ? '–' : formatNanos(s.virtualNanos)],
      ['context switches', s.contextSwitches === undefined ? '–' : String(s.contextSwitches)],
      ['GIL hand-overs', s.gilHandovers === undefined ? '–' : String(s.gilHandovers)],
      ['threads', s.threads === undefined ? '–' : `${s.threads} (at most ${s.peakThreads ?? '?'} at once)`],
      ['events', s.events === undefined ? '–' : String(s.events)],
      ['bytecodes', s.bytecodes === undefined ? '–' : String(s.bytecodes)],
      ['wall time', `${s.wallMillis} ms`],
    ];
    const table = h('dl', { className: 'summary-figures' });
    for (const [k, v] of rows) table.append(h('dt', { textContent: k }), h('dd', { textContent: v, className: `summary-${k.replaceAll(' ', '-')}` }));
    const cores = h('div', { className: 'core-busy', attrs: { role: 'list', 'aria-label': 'CPU time per core' } });
    const busy = s.coreBusyNanos ?? [];
    const total = s.virtualNanos ?? 0;
    busy.forEach((ns, i) => {
      const share = total > 0 ? ns / total : 0;
      const bar = h('span', { className: 'bar' });
      bar.style.width = `${Math.round(share * 100)}%`;
      cores.append(
        h('div', { className: 'core-row', attrs: { role: 'listitem' } }, [
          h('span', { className: 'core-name', textContent: `core ${i}` }),
          h('span', { className: 'bar-track' }, [bar]),
          h('span', { className: 'core-time', textContent: `${formatNanos(ns)} (${Math.round(share * 100)}%)` }),
        ]),
      );
    });
    const parts: HTMLElement[] = [table, h('h3', { textContent: 'CPU time per core' }), cores];
    if (s.message) parts.unshift(h('pre', { className: `summary-message ending-${s.ending}`, textContent: s.message }));
    this.element.replaceChildren(...parts);
    this.element.dataset.ending = s.ending;
  }
}
