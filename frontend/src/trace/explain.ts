// Why a lane is in its state at a cursor, in a sentence for the tooltip and the selection: what a
// blocked thread waits for and who holds it, who holds the GIL a thread waits for, which core a
// running thread is on. Built from stateAt, so it says only what the trace says.

import type { DetailValue } from '../protocol';
import { formatNs } from './format';
import { stateAt } from './state';
import type { MachineState, ThreadView } from './state';
import type { TraceStore } from './store';

function nameOf(store: TraceStore, id: number | null | undefined): string {
  if (id === null || id === undefined || id < 0) return 'nobody';
  return store.entity(id)?.name ?? `#${id}`;
}

/** What the object a thread waits on says: its holder, value, size, flag or arrivals. */
function holderOf(state: MachineState, store: TraceStore, on: number): string | undefined {
  const o = state.objects.find((x) => x.id === on);
  if (!o) return undefined;
  const f = o.facts;
  const h: DetailValue | undefined = f['holder'];
  if (typeof h === 'number') return `held by ${nameOf(store, h)}`;
  if (h === null) return 'free';
  if (typeof f['size'] === 'number') {
    return `${f['size']} item${f['size'] === 1 ? '' : 's'} in it${typeof f['maxsize'] === 'number' && f['maxsize'] > 0 ? ` of ${f['maxsize']}` : ''}`;
  }
  if (typeof f['count'] === 'number' && typeof f['parties'] === 'number') return `${f['count']} of ${f['parties']} arrived`;
  if (typeof f['value'] === 'number') return `value ${f['value']}`;
  if (typeof f['flag'] === 'boolean') return `flag ${f['flag'] ? 'set' : 'clear'}`;
  return undefined;
}

/** A sentence on thread (or task, or process) id at event seq. */
export function explainThread(store: TraceStore, id: number, seq: number): string {
  const state = stateAt(store, seq);
  const v: ThreadView | undefined = state.threads.find((x) => x.id === id);
  if (!v) return `${nameOf(store, id)} does not exist yet`;
  const at = v.line ? ` at line ${v.line}` : '';
  switch (v.state) {
    case 'running':
      return `${v.name} runs${v.core !== undefined ? ` on core ${v.core}` : ''}${at}`;
    case 'ready':
      return `${v.name} is ready and waits for a free core`;
    case 'gil-wait': {
      const holder = state.gil[v.process];
      return `${v.name} waits for the GIL${holder === null || holder === undefined ? '' : `, held by ${nameOf(store, holder)}`}`;
    }
    case 'blocked': {
      if (v.on === undefined) return `${v.name} is blocked${at}`;
      const target = store.entity(v.on);
      const what = target ? `${target.kind} ${target.name}` : `#${v.on}`;
      const reason = v.reason ? ` (${v.reason})` : '';
      const holder = holderOf(state, store, v.on);
      return `${v.name} is blocked on ${what}${reason}${holder ? `, ${holder}` : ''}${at}`;
    }
    case 'sleeping':
      return `${v.name} sleeps${at}`;
    case 'done':
      return `${v.name} has finished`;
    case 'cut-off':
      return `${v.name} was cut off: a daemon still running when the program ended`;
    case 'created':
      return `${v.name} is created and not started yet`;
    default:
      return `${v.name} is ${v.state}${at}`;
  }
}

/** A sentence on an object at event seq: its facts as the last event about it left them. */
export function explainObject(store: TraceStore, id: number, seq: number): string {
  const o = stateAt(store, seq).objects.find((x) => x.id === id);
  const e = store.entity(id);
  if (!o || !e) return `${e?.name ?? `#${id}`} does not exist yet`;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(o.facts)) {
    if (k === 'last' || k === 'lastActor') continue;
    if (k === 'holder') parts.push(`holder ${nameOf(store, v as number | null)}`);
    else if (k === 'waiters' && Array.isArray(v)) parts.push(`waiters ${v.length === 0 ? 'none' : v.map((w) => nameOf(store, w as number)).join(', ')}`);
    else parts.push(`${k} ${JSON.stringify(v)}`);
  }
  return `${e.kind} ${e.name}: ${parts.join('; ')}`;
}

/** A sentence on the span of a lane from t0 to t1. */
export function spanSummary(state: string, t0: number, t1: number): string {
  return `${state} from ${formatNs(t0)} for ${formatNs(t1 - t0)}`;
}
