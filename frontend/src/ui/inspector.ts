// The machine at the cursor: every thread's state, line, what it waits on and who holds that,
// every object's state (from stateAt), and, when the server sends them, each thread's stack and
// locals.

import type { DetailValue, InspectionMessage } from '../protocol';
import type { MachineState, ObjectView, ThreadView } from '../trace/state';
import { h } from './dom';
import type { Who } from './console-panel';

/** rows shown per table at most: a run with 10,000 threads stays quick to step through */
export const MAX_ROWS = 300;

export type StackStatus =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'refused'; message: string }
  | { kind: 'shown'; inspection: InspectionMessage };

function show(v: DetailValue | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export class Inspector {
  readonly element = h('div', { className: 'inspector' });

  clear(): void {
    this.element.replaceChildren(h('p', { className: 'empty', textContent: 'Run a program to inspect its machine.' }));
  }

  render(state: MachineState, who: Who, stacks: StackStatus): void {
    const objects = new Map(state.objects.map((o) => [o.id, o]));
    const threads = h('table', { className: 'inspector-threads' }, [
      h('caption', { textContent: `Threads at event ${state.seq} (t = ${state.t} ns)` }),
      h('thead', {}, [h('tr', {}, ['thread', 'state', 'line', 'waits on', 'held by', 'core'].map((c) => h('th', { scope: 'col', textContent: c })))]),
      h('tbody', {}, state.threads.slice(0, MAX_ROWS).map((t) => this.threadRow(t, objects, who))),
    ]);
    const objectRows = state.objects.slice(0, MAX_ROWS).map((o) => this.objectRow(o, who));
    const objectTable = h('table', { className: 'inspector-objects' }, [
      h('caption', { textContent: 'Objects' }),
      h('thead', {}, [h('tr', {}, ['object', 'kind', 'state'].map((c) => h('th', { scope: 'col', textContent: c })))]),
      h('tbody', {}, objectRows),
    ]);
    const cut = [state.threads.length, state.objects.length].some((n) => n > MAX_ROWS)
      ? [h('p', { className: 'empty', textContent: `Showing the first ${MAX_ROWS} of ${state.threads.length} threads and of ${state.objects.length} objects.` })]
      : [];
    this.element.replaceChildren(...cut, threads, objectTable, this.stacks(stacks, who));
  }

  private threadRow(t: ThreadView, objects: Map<number, ObjectView>, who: Who): HTMLElement {
    const on = t.on === undefined ? undefined : objects.get(t.on);
    const holder = on?.facts.holder;
    const waits = t.on === undefined ? '' : `${who.name(t.on)}${t.reason ? ` (${t.reason})` : ''}`;
    const row = h('tr', { className: `thread-row state-${t.state}` }, [
      h('th', { scope: 'row', className: 'who', textContent: t.name }),
      h('td', { className: 'state', textContent: t.state }),
      h('td', { className: 'line', textContent: t.line ? String(t.line) : '' }),
      h('td', { className: 'waits', textContent: waits }),
      h('td', { className: 'holder', textContent: typeof holder === 'number' ? who.name(holder) : '' }),
      h('td', { className: 'core', textContent: t.core === undefined ? '' : String(t.core) }),
    ]);
    row.style.setProperty('--thread-colour', who.colour(t.id));
    row.dataset.thread = String(t.id);
    row.dataset.kind = t.kind;
    return row;
  }

  private objectRow(o: ObjectView, who: Who): HTMLElement {
    const facts = Object.entries(o.facts).map(([k, v]) => {
      const text = (k === 'holder' || k === 'woke' || k === 'by' || k === 'lastActor') && typeof v === 'number' ? who.name(v) : show(v);
      return `${k}: ${text}`;
    });
    return h('tr', { className: 'object-row', attrs: { 'data-object': String(o.id) } }, [
      h('th', { scope: 'row', textContent: o.name }),
      h('td', { textContent: o.kind }),
      h('td', { className: 'facts', textContent: facts.join(', ') }),
    ]);
  }

  private stacks(status: StackStatus, who: Who): HTMLElement {
    const box = h('div', { className: 'stacks' }, [h('h3', { textContent: 'Stacks and locals' })]);
    if (status.kind === 'unsupported') box.append(h('p', { className: 'empty', textContent: 'This server does not report stacks; the state above is all the trace tells.' }));
    else if (status.kind === 'loading') box.append(h('p', { className: 'empty', textContent: 'Asking the server…' }));
    else if (status.kind === 'refused') box.append(h('p', { className: 'empty', textContent: `No stacks here: ${status.message}` }));
    else if (status.kind === 'none') box.append(h('p', { className: 'empty', textContent: 'Stacks are shown when the run waits or has ended and the cursor rests.' }));
    else {
      const i = status.inspection;
      box.append(h('p', { className: 'stacks-at', textContent: `After event ${i.seq} (t = ${i.t} ns), outermost call first:` }));
      for (const t of i.threads) {
        const frames = h('ol', { className: 'frames', attrs: { 'aria-label': `stack of ${t.name}, outermost first` } });
        for (const f of t.frames) {
          const locals = Object.entries(f.locals).map(([k, v]) => h('li', {}, [h('code', { textContent: `${k} = ${v}` })]));
          const where = `${f.function} (${f.file}, line ${f.line})${f.library ? ' — library' : ''}`;
          frames.append(h('li', { className: f.library ? 'frame library' : 'frame' }, [h('span', { textContent: where }), h('ul', { className: 'locals' }, locals)]));
        }
        const title = h('h4', { className: 'who', textContent: `${t.name} (${t.state})` });
        title.style.setProperty('--thread-colour', who.colour(t.id));
        box.append(h('div', { className: 'stack', attrs: { 'data-thread': String(t.id) } }, [title, frames]));
      }
    }
    return box;
  }
}
