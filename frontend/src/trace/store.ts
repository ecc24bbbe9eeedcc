// The trace store: every event of a run in typed columns (docs/trace.md), no DOM. It loads a trace
// file (the CLI's --trace) or grows from the WebSocket's batches (docs/protocol.md) as they stream.
// An event's kind and detail names are interned once as a *form* (kind + names), its detail values
// sit in one flat array; event(i) builds an object only when asked.

import { decodeEvents } from '../protocol';
import type {
  DecisionEntry,
  DetailValue,
  EntitiesMessage,
  EventsMessage,
  TraceEntity,
  TraceEvent,
} from '../protocol';

export type { DecisionEntry, DetailValue, TraceEntity, TraceEvent } from '../protocol';

/** The trace file's summary member (docs/trace.md), as far as the store knows it. */
export interface TraceSummary {
  exitStatus: number;
  ending: string;
  message?: string;
  virtualNanos?: number;
  [figure: string]: DetailValue | undefined;
}

interface Form {
  kind: number;
  names: string[];
}

const FIXED = new Set(['seq', 't', 'kind', 'actor', 'obj', 'line']);
const INITIAL_CAPACITY = 1024;

function grown<T extends Float64Array | Int32Array | Uint32Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  let size = a.length;
  while (size < need) size *= 2;
  const b = make(size);
  b.set(a);
  return b;
}

export class TraceStore {
  private n = 0;
  private tCol = new Float64Array(INITIAL_CAPACITY);
  private formCol = new Uint32Array(INITIAL_CAPACITY);
  private actorCol = new Int32Array(INITIAL_CAPACITY);
  private objCol = new Int32Array(INITIAL_CAPACITY);
  private lineCol = new Int32Array(INITIAL_CAPACITY);
  private valueStartCol = new Uint32Array(INITIAL_CAPACITY + 1);
  private readonly values: DetailValue[] = [];
  private readonly forms: Form[] = [];
  private readonly formIds = new Map<string, number>();
  /** the forms of each kind, for event objects (the file) */
  private readonly formsByKind = new Map<string, number[]>();
  private readonly scratchNames: string[] = [];
  private readonly kindNames: string[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly entityList: TraceEntity[] = [];
  private readonly decisionList: DecisionEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private changePending = false;
  /** The run's settings and file name, when known (the trace file's config and program). */
  config: Record<string, DetailValue> | undefined;
  file: string | undefined;
  /** The trace file's summary, or what the shell sets from the summary message. */
  summary: TraceSummary | undefined;

  /** A store holding a whole trace file (docs/trace.md); throws on anything else. */
  static fromTraceJson(json: unknown): TraceStore {
    if (typeof json === 'string') json = JSON.parse(json);
    if (typeof json !== 'object' || json === null) throw new Error('a trace file is a JSON object');
    const file = json as Record<string, unknown>;
    if (file['format'] !== 'interleave-trace') throw new Error('not an interleave trace (format is not "interleave-trace")');
    if (file['version'] !== 1) throw new Error(`interleave trace version ${String(file['version'])} is not supported (1 is)`);
    const store = new TraceStore();
    store.config = file['config'] as Record<string, DetailValue> | undefined;
    store.file = (file['program'] as { file?: string } | undefined)?.file;
    store.summary = file['summary'] as TraceSummary | undefined;
    for (const e of (file['entities'] ?? []) as TraceEntity[]) store.putEntity(e);
    const events = (file['events'] ?? []) as TraceEvent[];
    store.reserve(events.length);
    for (const e of events) store.appendObject(e);
    for (const d of (file['decisions'] ?? []) as DecisionEntry[]) store.decisionList.push(d);
    return store;
  }

  get eventCount(): number {
    return this.n;
  }

  /** Virtual ns of the last event (0 when there is none). */
  get endTime(): number {
    return this.n === 0 ? 0 : (this.tCol[this.n - 1] as number);
  }

  addEntities(m: EntitiesMessage): void {
    for (const e of m.entities) this.putEntity(e);
    this.changed();
  }

  /** Appends a columnar batch; batches must come in order (its seq is the current count). */
  addEvents(m: EventsMessage): void {
    if (m.seq !== this.n) throw new Error(`events batch ${m.batch} starts at seq ${m.seq}, the store has ${this.n} events`);
    const c = decodeEvents(m);
    const formMap = m.forms.map((f) => this.formId(f[0] as string, f.slice(1)));
    this.reserve(this.n + c.count);
    const base = this.values.length;
    for (let i = 0; i < c.count; i++) {
      const k = this.n++;
      this.tCol[k] = c.t[i] as number;
      this.formCol[k] = formMap[c.form[i] as number] as number;
      this.actorCol[k] = c.actor[i] as number;
      this.objCol[k] = c.obj[i] as number;
      this.lineCol[k] = c.line[i] as number;
      this.valueStartCol[k] = base + (c.valueStart[i] as number);
    }
    for (const v of m.values) this.values.push(v);
    this.valueStartCol[this.n] = this.values.length;
    if (m.decisions) for (const d of m.decisions) this.decisionList.push(d);
    this.changed();
  }

  /** Appends one event object (the trace file's form); its seq must be the current count. */
  addEvent(e: TraceEvent): void {
    this.reserve(this.n + 1);
    this.appendObject(e);
    this.changed();
  }

  entity(id: number): TraceEntity | undefined {
    return this.entityList[id];
  }

  entities(): readonly TraceEntity[] {
    return this.entityList;
  }

  decisions(): readonly DecisionEntry[] {
    return this.decisionList;
  }

  /** Event i (i = seq) as the trace file writes it. */
  event(i: number): TraceEvent {
    this.check(i);
    const form = this.forms[this.formCol[i] as number] as Form;
    const e: TraceEvent = { seq: i, t: this.tCol[i] as number, kind: this.kindNames[form.kind] as string };
    const actor = this.actorCol[i] as number;
    const obj = this.objCol[i] as number;
    const line = this.lineCol[i] as number;
    if (actor !== -1) e.actor = actor;
    if (obj !== -1) e.obj = obj;
    if (line !== 0) e.line = line;
    let v = this.valueStartCol[i] as number;
    for (const name of form.names) e[name] = this.values[v++] as DetailValue;
    return e;
  }

  time(i: number): number {
    return this.tCol[i] as number;
  }

  /** The interned code of event i's kind; kindName turns it back into text. */
  kindCode(i: number): number {
    return (this.forms[this.formCol[i] as number] as Form).kind;
  }

  kind(i: number): string {
    return this.kindNames[this.kindCode(i)] as string;
  }

  kindName(code: number): string | undefined {
    return this.kindNames[code];
  }

  /** The code of a kind, or -1 when no event so far had it. */
  kindCodeOf(kind: string): number {
    return this.kindIds.get(kind) ?? -1;
  }

  /** The thread that made event i, -1 for the machine. */
  actor(i: number): number {
    return this.actorCol[i] as number;
  }

  /** The entity event i is about, -1 for none. */
  obj(i: number): number {
    return this.objCol[i] as number;
  }

  /** The actor's source line at event i, 0 for none. */
  line(i: number): number {
    return this.lineCol[i] as number;
  }

  /** One detail of event i, undefined when its kind has no such detail. */
  detail(i: number, name: string): DetailValue | undefined {
    const form = this.forms[this.formCol[i] as number] as Form;
    const k = form.names.indexOf(name);
    return k < 0 ? undefined : this.values[(this.valueStartCol[i] as number) + k];
  }

  /** The detail names of event i's kind, in order. */
  detailNames(i: number): readonly string[] {
    return (this.forms[this.formCol[i] as number] as Form).names;
  }

  /** Last event with t <= tNs (-1 when every event is later). */
  indexAtTime(tNs: number): number {
    let lo = 0;
    let hi = this.n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tCol[mid] as number) <= tNs) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Calls cb once after each burst of additions (coalesced to one call per microtask). */
  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private changed(): void {
    if (this.changePending || this.listeners.size === 0) return;
    this.changePending = true;
    queueMicrotask(() => {
      this.changePending = false;
      for (const cb of [...this.listeners]) cb();
    });
  }

  private check(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`no event ${i} (the store has ${this.n})`);
  }

  private putEntity(e: TraceEntity): void {
    this.entityList[e.id] = e;
  }

  private appendObject(e: TraceEvent): void {
    if (e.seq !== this.n) throw new Error(`event seq ${e.seq} arrives after ${this.n} events`);
    const names = this.scratchNames;
    names.length = 0;
    for (const key in e) if (!FIXED.has(key)) names.push(key);
    const k = this.n++;
    this.tCol[k] = e.t;
    this.formCol[k] = this.objectFormId(e.kind, names);
    this.actorCol[k] = e.actor ?? -1;
    this.objCol[k] = e.obj ?? -1;
    this.lineCol[k] = e.line ?? 0;
    this.valueStartCol[k] = this.values.length;
    for (const name of names) this.values.push(e[name] as DetailValue);
    this.valueStartCol[this.n] = this.values.length;
  }

  /** formId for the names of an event object, without building a key when the form is known. */
  private objectFormId(kind: string, names: readonly string[]): number {
    let known = this.formsByKind.get(kind);
    if (!known) {
      known = [];
      this.formsByKind.set(kind, known);
    }
    search: for (const id of known) {
      const f = (this.forms[id] as Form).names;
      if (f.length !== names.length) continue;
      for (let i = 0; i < f.length; i++) if (f[i] !== names[i]) continue search;
      return id;
    }
    const id = this.formId(kind, [...names]);
    known.push(id);
    return id;
  }

  private formId(kind: string, names: string[]): number {
    const key = kind + '\u0000' + names.join('\u0000');
    let id = this.formIds.get(key);
    if (id === undefined) {
      let kindId = this.kindIds.get(kind);
      if (kindId === undefined) {
        kindId = this.kindNames.length;
        this.kindNames.push(kind);
        this.kindIds.set(kind, kindId);
      }
      id = this.forms.length;
      this.forms.push({ kind: kindId, names });
      this.formIds.set(key, id);
    }
    return id;
  }

  private reserve(count: number): void {
    this.tCol = grown(this.tCol, count, (s) => new Float64Array(s));
    this.formCol = grown(this.formCol, count, (s) => new Uint32Array(s));
    this.actorCol = grown(this.actorCol, count, (s) => new Int32Array(s));
    this.objCol = grown(this.objCol, count, (s) => new Int32Array(s));
    this.lineCol = grown(this.lineCol, count, (s) => new Int32Array(s));
    this.valueStartCol = grown(this.valueStartCol, count + 1, (s) => new Uint32Array(s));
  }
}
