// The wait-for graph of a deadlock: the cycle's threads and the objects they wait on, round a
// circle, every edge of the cycle highlighted; each "waits for" edge links to its source line.

import type { Deadlock, DeadlockEdge } from '../trace/state';
import { h, svg } from './dom';
import type { Who } from './console-panel';

export interface DeadlockActions {
  showLine(line: number): void;
  seek(seq: number): void;
}

type GraphNode = { id: number; kind: 'thread' | 'object' };

/** The nodes round the cycle: thread, what it waits on, the holder of that, ... */
export function cycleNodes(d: Deadlock): GraphNode[] {
  const from = new Map(d.edges.map((e) => [e.from, e]));
  const nodes: GraphNode[] = [];
  let t = d.cycle[0];
  const seen = new Set<number>();
  while (t !== undefined && !seen.has(t)) {
    seen.add(t);
    const e = from.get(t);
    nodes.push({ id: t, kind: 'thread' });
    if (!e) break;
    nodes.push({ id: e.via, kind: 'object' });
    t = e.to;
  }
  return nodes;
}

export class DeadlockPanel {
  readonly element = h('div', { className: 'deadlock' });

  constructor(private readonly actions: DeadlockActions) {}

  clear(): void {
    this.element.replaceChildren(h('p', { className: 'empty', textContent: 'No deadlock in this run.' }));
    delete this.element.dataset.cycle;
  }

  render(d: Deadlock, formed: boolean, who: Who): void {
    this.element.dataset.cycle = d.cycle.join(' ');
    const note = formed
      ? h('p', { className: 'deadlock-note', textContent: `Deadlock: ${d.cycle.map((t) => who.name(t)).join(' → ')} → ${who.name(d.cycle[0] as number)}` })
      : h('p', { className: 'deadlock-note later' }, ['This run deadlocks later. ', this.seekButton(d.seq, 'Go to where the cycle closes')]);
    const list = h('ul', { className: 'deadlock-edges' }, d.edges.map((e) => this.edgeItem(e, who)));
    this.element.replaceChildren(note, this.graph(d, who, formed), list);
  }

  private seekButton(seq: number, text: string): HTMLButtonElement {
    const b = h('button', { type: 'button', textContent: text });
    b.addEventListener('click', () => this.actions.seek(seq));
    return b;
  }

  private edgeItem(e: DeadlockEdge, who: Who): HTMLElement {
    const text = `${who.name(e.from)} waits for ${who.name(e.via)}, held by ${who.name(e.to)}`;
    if (!e.line) return h('li', { textContent: text });
    const b = h('button', { type: 'button', className: 'edge-link', textContent: `${text} (line ${e.line})` });
    b.dataset.line = String(e.line);
    b.addEventListener('click', () => this.actions.showLine(e.line as number));
    return h('li', {}, [b]);
  }

  private graph(d: Deadlock, who: Who, formed: boolean): SVGElement {
    const nodes = cycleNodes(d);
    const W = 420;
    const H = 280;
    const R = Math.min(W, H) / 2 - 50;
    const at = (i: number) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
      return { x: W / 2 + R * Math.cos(a), y: H / 2 + R * Math.sin(a) };
    };
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: formed ? 'wait-for formed' : 'wait-for', 'aria-label': 'Wait-for graph of the deadlock' }, [
      svg('defs', {}, [
        svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, [svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' })]),
      ]),
    ]);
    const edges = new Map(d.edges.map((e) => [e.from, e]));
    nodes.forEach((n, i) => {
      const a = at(i);
      const b = at((i + 1) % nodes.length);
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const pad = 32;
      const line = svg('line', {
        x1: a.x + (dx * pad) / len, y1: a.y + (dy * pad) / len, x2: b.x - (dx * pad) / len, y2: b.y - (dy * pad) / len,
        class: 'cycle-edge', 'marker-end': 'url(#arrow)',
      });
      const label = n.kind === 'thread' ? `waits for${edges.get(n.id)?.line ? ` (line ${edges.get(n.id)?.line})` : ''}` : 'held by';
      const edgeGroup = svg('g', { class: 'edge' }, [line, svg('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 6, class: 'edge-label', 'text-anchor': 'middle' }, [label])]);
      const e = n.kind === 'thread' ? edges.get(n.id) : undefined;
      if (e?.line) {
        const lineNo = e.line;
        edgeGroup.setAttribute('tabindex', '0');
        edgeGroup.setAttribute('role', 'button');
        edgeGroup.setAttribute('aria-label', `show line ${lineNo}`);
        edgeGroup.addEventListener('click', () => this.actions.showLine(lineNo));
        edgeGroup.addEventListener('keydown', (ev) => {
          if ((ev as KeyboardEvent).key === 'Enter') this.actions.showLine(lineNo);
        });
      }
      root.append(edgeGroup);
    });
    nodes.forEach((n, i) => {
      const p = at(i);
      const shape =
        n.kind === 'thread'
          ? svg('circle', { cx: p.x, cy: p.y, r: 28, class: 'node-thread', style: `--thread-colour: ${who.colour(n.id)}` })
          : svg('rect', { x: p.x - 34, y: p.y - 18, width: 68, height: 36, rx: 6, class: 'node-object' });
      root.append(svg('g', { class: `node ${n.kind}`, 'data-id': n.id }, [shape, svg('text', { x: p.x, y: p.y + 5, 'text-anchor': 'middle', class: 'node-label' }, [who.name(n.id)])]));
    });
    return root;
  }
}
