// The WebSocket protocol of /ws (docs/protocol.md): every message type, and the decoder of the
// columnar event batches. The server's model is backend/.../web/ws/{ClientMessage,ServerMessage}.java;
// PROTOCOL_FIELDS below lists each message's members, ProtocolSyncTest (Java) checks it against the
// records and the ProtocolChecks type (tsc) checks it against the interfaces here.

export type Mode = 'record' | 'interactive';
export type Until = 'blocking' | 'end';
export type DecisionKind = 'core' | 'gil';
export type Ending =
  | 'finished'
  | 'uncaught-exception'
  | 'syntax-error'
  | 'exit'
  | 'deadlock'
  | 'limit'
  | 'cancelled'
  | 'internal-error';

export const ERROR_CODES = [
  'bad-json',
  'bad-message',
  'unknown-type',
  'missing-field',
  'bad-field',
  'message-too-large',
  'binary-message',
  'source-too-large',
  'bad-config',
  'syntax-error',
  'rate-limited',
  'too-many-runs',
  'busy',
  'no-run',
  'not-interactive',
  'no-decision',
  'bad-pick',
  'stale-pick',
  'bad-ack',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// ---- client → server ----

/**
 * The machine config of a start message: the flat config object of GET /api/config/defaults and
 * the gallery's scenarios, plus switchInterval and timeSlice in seconds (as the CLI takes them).
 * Every field is optional (the engine's default).
 */
export interface RunConfig {
  cores?: number;
  gil?: boolean;
  switchIntervalNs?: number;
  timeSliceNs?: number;
  bytecodeNs?: number;
  threadStartNs?: number;
  contextSwitchNs?: number;
  threadMemoryBytes?: number;
  jitter?: number;
  dropAt?: 'bytecode' | 'checkpoint';
  quantumNs?: number;
  processForkNs?: number;
  processSpawnNs?: number;
  processMemoryBytes?: number;
  coroutineMemoryBytes?: number;
  seed?: number;
  policy?: 'random' | 'round-robin';
  startMethod?: 'fork' | 'spawn';
  /** seconds; instead of switchIntervalNs */
  switchInterval?: number;
  /** seconds; instead of timeSliceNs */
  timeSlice?: number;
}

export interface StartMessage {
  type: 'start';
  source: string;
  config?: RunConfig;
  mode?: Mode;
}

export interface PickMessage {
  type: 'pick';
  thread: number;
  /** The decision number this pick answers; a pick for another one is refused (stale-pick). */
  decision?: number;
}

export interface ContinueMessage {
  type: 'continue';
  until: Until;
}

export interface CancelMessage {
  type: 'cancel';
}

export interface AckMessage {
  type: 'ack';
  upTo: number;
}

/** Asks for every thread's stack and variables just after event `seq` of the current or last run. */
export interface InspectMessage {
  type: 'inspect';
  seq: number;
}

export type ClientMessage = StartMessage | PickMessage | ContinueMessage | CancelMessage | AckMessage | InspectMessage;

// ---- server → client ----

/** A run's settings with every default filled in, as the trace file's config member. */
export interface TraceConfig {
  cores: number;
  gil: boolean;
  switchIntervalNs: number;
  timeSliceNs: number;
  bytecodeNs: number;
  threadStartNs: number;
  contextSwitchNs: number;
  threadMemoryBytes: number;
  jitter: number;
  dropAt: 'bytecode' | 'checkpoint';
  quantumNs: number;
  processForkNs: number;
  processSpawnNs: number;
  processMemoryBytes: number;
  coroutineMemoryBytes: number;
  seed: number;
  policy: 'random' | 'round-robin' | 'interactive';
  startMethod: 'fork' | 'spawn';
}

export interface AcceptedMessage {
  type: 'accepted';
  run: number;
  mode: Mode;
  file: string;
  /** 0: running now; N: N-th in the queue. */
  position: number;
  config: TraceConfig;
}

export interface QueuedMessage {
  type: 'queued';
  run: number;
  position: number;
}

export interface StartedMessage {
  type: 'started';
  run: number;
}

/** A detail or fact value: plain JSON data. */
export type DetailValue = null | boolean | number | string | DetailValue[] | { [key: string]: DetailValue };

/** A process, thread or object, as the trace file's entities member writes it. */
export interface TraceEntity {
  id: number;
  kind: string;
  name: string;
  line: number;
  process: number;
  [fact: string]: DetailValue;
}

export interface EntitiesMessage {
  type: 'entities';
  run: number;
  batch: number;
  entities: TraceEntity[];
}

export interface DecisionEntry {
  seq: number;
  kind: DecisionKind;
  options: number[];
  count?: number;
  chosen: number;
}

/** A columnar batch of events; decode with decodeEvents or eventObjects. */
export interface EventsMessage {
  type: 'events';
  run: number;
  batch: number;
  seq: number;
  count: number;
  t0: number;
  /** [kind, detail names...] */
  forms: string[][];
  dt: number[];
  form: number[];
  actor: number[];
  obj: number[];
  line: number[];
  values: DetailValue[];
  decisions?: DecisionEntry[];
}

export interface DecisionOption {
  thread: number;
  name: string;
  line: number;
}

export interface DecisionMessage {
  type: 'decision';
  run: number;
  decision: number;
  kind: DecisionKind;
  seq: number;
  options: DecisionOption[];
  count: number;
}

export interface SummaryMessage {
  type: 'summary';
  run: number;
  exitStatus: number;
  ending: Ending;
  message?: string;
  stdout: string;
  stderr: string;
  wallMillis: number;
  virtualNanos?: number;
  bytecodes?: number;
  threads?: number;
  peakThreads?: number;
  events?: number;
  entities?: number;
  decisions?: number;
  contextSwitches?: number;
  gilHandovers?: number;
  coreBusyNanos?: number[];
}

export interface ErrorMessage {
  type: 'error';
  code: ErrorCode;
  message: string;
  field?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  run?: number;
  traceback?: string;
}

/** One frame of a thread's stack: variables as safe reprs, in the order the code names them. */
export interface FrameView {
  function: string;
  file: string;
  line: number;
  /** A frame of the engine's library (threading, queue...) rather than of the program. */
  library: boolean;
  locals: Record<string, string>;
}

export interface ThreadStack {
  id: number;
  name: string;
  state: string;
  /** Outermost first, innermost last (as a traceback lists them). */
  frames: FrameView[];
}

/** The answer to `inspect`. */
export interface InspectionMessage {
  type: 'inspection';
  run: number;
  seq: number;
  t: number;
  threads: ThreadStack[];
}

export type ServerMessage =
  | InspectionMessage
  | AcceptedMessage
  | QueuedMessage
  | StartedMessage
  | EntitiesMessage
  | EventsMessage
  | DecisionMessage
  | SummaryMessage
  | ErrorMessage;

/** Every message's members (its type aside) and every nested shape's, in the server's order. */
export const PROTOCOL_FIELDS = {
  start: ['source', 'config', 'mode'],
  pick: ['thread', 'decision'],
  continue: ['until'],
  cancel: [],
  ack: ['upTo'],
  inspect: ['seq'],
  accepted: ['run', 'mode', 'file', 'position', 'config'],
  queued: ['run', 'position'],
  started: ['run'],
  entities: ['run', 'batch', 'entities'],
  events: ['run', 'batch', 'seq', 'count', 't0', 'forms', 'dt', 'form', 'actor', 'obj', 'line', 'values', 'decisions'],
  decision: ['run', 'decision', 'kind', 'seq', 'options', 'count'],
  summary: [
    'run',
    'exitStatus',
    'ending',
    'message',
    'stdout',
    'stderr',
    'wallMillis',
    'virtualNanos',
    'bytecodes',
    'threads',
    'peakThreads',
    'events',
    'entities',
    'decisions',
    'contextSwitches',
    'gilHandovers',
    'coreBusyNanos',
  ],
  error: ['code', 'message', 'field', 'line', 'column', 'endLine', 'endColumn', 'run', 'traceback'],
  inspection: ['run', 'seq', 't', 'threads'],
  RunConfig: [
    'cores',
    'gil',
    'switchIntervalNs',
    'timeSliceNs',
    'bytecodeNs',
    'threadStartNs',
    'contextSwitchNs',
    'threadMemoryBytes',
    'jitter',
    'dropAt',
    'quantumNs',
    'processForkNs',
    'processSpawnNs',
    'processMemoryBytes',
    'coroutineMemoryBytes',
    'seed',
    'policy',
    'startMethod',
    'switchInterval',
    'timeSlice',
  ],
  TraceConfig: [
    'cores',
    'gil',
    'switchIntervalNs',
    'timeSliceNs',
    'bytecodeNs',
    'threadStartNs',
    'contextSwitchNs',
    'threadMemoryBytes',
    'jitter',
    'dropAt',
    'quantumNs',
    'processForkNs',
    'processSpawnNs',
    'processMemoryBytes',
    'coroutineMemoryBytes',
    'seed',
    'policy',
    'startMethod',
  ],
  DecisionEntry: ['seq', 'kind', 'options', 'count', 'chosen'],
  DecisionOption: ['thread', 'name', 'line'],
  ThreadStack: ['id', 'name', 'state', 'frames'],
  FrameView: ['function', 'file', 'line', 'library', 'locals'],
} as const;

type Fields<T> = Exclude<keyof T, 'type'>;
type SameKeys<T, K extends readonly string[]> = [Fields<T>] extends [K[number]]
  ? [K[number]] extends [Fields<T>]
    ? true
    : false
  : false;
type Check<T extends true> = T;
type F = typeof PROTOCOL_FIELDS;

/** Fails to compile when PROTOCOL_FIELDS and the interfaces above list different members. */
export type ProtocolChecks = [
  Check<SameKeys<StartMessage, F['start']>>,
  Check<SameKeys<PickMessage, F['pick']>>,
  Check<SameKeys<ContinueMessage, F['continue']>>,
  Check<SameKeys<CancelMessage, F['cancel']>>,
  Check<SameKeys<AckMessage, F['ack']>>,
  Check<SameKeys<AcceptedMessage, F['accepted']>>,
  Check<SameKeys<QueuedMessage, F['queued']>>,
  Check<SameKeys<StartedMessage, F['started']>>,
  Check<SameKeys<EntitiesMessage, F['entities']>>,
  Check<SameKeys<EventsMessage, F['events']>>,
  Check<SameKeys<DecisionMessage, F['decision']>>,
  Check<SameKeys<SummaryMessage, F['summary']>>,
  Check<SameKeys<ErrorMessage, F['error']>>,
  Check<SameKeys<RunConfig, F['RunConfig']>>,
  Check<SameKeys<TraceConfig, F['TraceConfig']>>,
  Check<SameKeys<DecisionEntry, F['DecisionEntry']>>,
  Check<SameKeys<DecisionOption, F['DecisionOption']>>,
  Check<SameKeys<InspectMessage, F['inspect']>>,
  Check<SameKeys<InspectionMessage, F['inspection']>>,
  Check<SameKeys<ThreadStack, F['ThreadStack']>>,
  Check<SameKeys<FrameView, F['FrameView']>>,
];

const SERVER_TYPES: ReadonlySet<string> = new Set([
  'accepted',
  'queued',
  'started',
  'entities',
  'events',
  'decision',
  'summary',
  'error',
  'inspection',
]);

/** Parses one server message; throws on text that is not one. */
export function parseServerMessage(text: string): ServerMessage {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('server message is not an object');
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !SERVER_TYPES.has(type)) {
    throw new Error(`unknown server message type ${String(type)}`);
  }
  return value as ServerMessage;
}

/** The JSON text of a client message. */
export function encodeClientMessage(message: ClientMessage): string {
  return JSON.stringify(message);
}

/** The batch number a data message carries, or undefined for other messages. */
export function batchOf(message: ServerMessage): number | undefined {
  return message.type === 'events' || message.type === 'entities' ? message.batch : undefined;
}

// ---- decoding event batches ----

/** One batch as typed columns: what a timeline draws from without building an object per event. */
export interface EventColumns {
  run: number;
  batch: number;
  /** seq of the first event; event i has seq + i */
  seq: number;
  count: number;
  /** virtual time of each event, ns */
  t: Float64Array;
  /** index into forms (kind = forms[form[i]][0]) */
  form: Uint16Array;
  forms: string[][];
  actor: Int32Array;
  obj: Int32Array;
  line: Int32Array;
  /** where event i's detail values start in values */
  valueStart: Uint32Array;
  values: DetailValue[];
  decisions: DecisionEntry[];
}

export function decodeEvents(m: EventsMessage): EventColumns {
  const n = m.count;
  const t = new Float64Array(n);
  const form = new Uint16Array(n);
  const actor = new Int32Array(n);
  const obj = new Int32Array(n);
  const line = new Int32Array(n);
  const valueStart = new Uint32Array(n);
  const widths = m.forms.map((f) => f.length - 1);
  let time = m.t0;
  let v = 0;
  for (let i = 0; i < n; i++) {
    time += m.dt[i] as number;
    t[i] = time;
    const f = m.form[i] as number;
    form[i] = f;
    actor[i] = m.actor[i] as number;
    obj[i] = m.obj[i] as number;
    line[i] = m.line[i] as number;
    valueStart[i] = v;
    v += widths[f] as number;
  }
  if (v !== m.values.length) {
    throw new Error(`batch ${m.batch}: its events use ${v} values, it has ${m.values.length}`);
  }
  return {
    run: m.run,
    batch: m.batch,
    seq: m.seq,
    count: n,
    t,
    form,
    forms: m.forms,
    actor,
    obj,
    line,
    valueStart,
    values: m.values,
    decisions: m.decisions ?? [],
  };
}

/** An event as the trace file writes it: fixed members, then its details. */
export interface TraceEvent {
  seq: number;
  t: number;
  kind: string;
  actor?: number;
  obj?: number;
  line?: number;
  [detail: string]: DetailValue | undefined;
}

/** Event i of a decoded batch as an object. */
export function eventAt(c: EventColumns, i: number): TraceEvent {
  const f = c.forms[c.form[i] as number] as string[];
  const e: TraceEvent = { seq: c.seq + i, t: c.t[i] as number, kind: f[0] as string };
  const actor = c.actor[i] as number;
  const obj = c.obj[i] as number;
  const line = c.line[i] as number;
  if (actor !== -1) e.actor = actor;
  if (obj !== -1) e.obj = obj;
  if (line !== 0) e.line = line;
  let v = c.valueStart[i] as number;
  for (let k = 1; k < f.length; k++) {
    e[f[k] as string] = c.values[v++] as DetailValue;
  }
  return e;
}

/** Every event of a batch as an object. */
export function eventObjects(m: EventsMessage): TraceEvent[] {
  const c = decodeEvents(m);
  const out: TraceEvent[] = new Array<TraceEvent>(c.count);
  for (let i = 0; i < c.count; i++) out[i] = eventAt(c, i);
  return out;
}
