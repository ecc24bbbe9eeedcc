// One connection to /ws and the run going on over it (docs/protocol.md): starts runs, hands the
// current run's data to its listener, acknowledges every data message, answers decisions, asks
// for stacks. No DOM: the socket is handed in, so the state machine is tested with a fake one.

import {
  encodeClientMessage,
  parseServerMessage,
  type AcceptedMessage,
  type ClientMessage,
  type DecisionMessage,
  type EntitiesMessage,
  type ErrorMessage,
  type EventsMessage,
  type InspectionMessage,
  type Mode,
  type RunConfig,
  type SummaryMessage,
  type Until,
} from '../protocol';

/** What the session needs of a WebSocket (the browser's fits). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((ev: never) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
  onclose: ((ev: never) => void) | null;
  onerror: ((ev: never) => void) | null;
  send(data: string): void;
  close(): void;
}

const OPEN = 1;

export type SessionPhase =
  | { name: 'idle' }
  | { name: 'connecting' }
  | { name: 'submitted' }
  | { name: 'queued'; run: number; position: number }
  | { name: 'running'; run: number; mode: Mode }
  | { name: 'deciding'; run: number; decision: DecisionMessage }
  | { name: 'done'; run: number; summary: SummaryMessage }
  | { name: 'rejected'; error: ErrorMessage }
  | { name: 'disconnected'; message: string };

export interface SessionListener {
  phase?(phase: SessionPhase): void;
  /** A new run was accepted: whatever showed the previous one starts over. */
  accepted?(m: AcceptedMessage): void;
  entities?(m: EntitiesMessage): void;
  events?(m: EventsMessage): void;
  summary?(m: SummaryMessage): void;
  /** Any error the server sent about this session's doing (syntax errors included). */
  error?(m: ErrorMessage): void;
  inspection?(m: InspectionMessage): void;
  /** The server does not know `inspect` (it answered unknown-type): stacks are not available. */
  inspectUnsupported?(): void;
  /** The server refused an inspect (no-run, bad-field, busy) or failed at it (internal). */
  inspectRefused?(m: ErrorMessage): void;
}

export class RunSession {
  private socket: SocketLike | undefined;
  private readonly outbox: string[] = [];
  private current: number | undefined;
  /** starts sent and not yet answered by accepted or a refusal */
  private pendingStarts = 0;
  private mode: Mode = 'record';
  private acked = -1;
  private pendingInspect: number | undefined;
  private state: SessionPhase = { name: 'idle' };
  private beforeStart: SessionPhase = { name: 'idle' };

  constructor(
    private readonly openSocket: () => SocketLike,
    private readonly listener: SessionListener,
  ) {}

  get phase(): SessionPhase {
    return this.state;
  }

  /** The run whose data the listener gets, once accepted. */
  get run(): number | undefined {
    return this.current;
  }

  start(source: string, config: RunConfig, mode: Mode): void {
    if (this.pendingStarts === 0) this.beforeStart = this.state;
    this.pendingStarts++;
    this.mode = mode;
    this.send({ type: 'start', source, config, mode });
    if (this.socket?.readyState === OPEN) this.setPhase({ name: 'submitted' });
  }

  cancel(): void {
    if (this.isLive()) this.send({ type: 'cancel' });
  }

  pick(thread: number): void {
    if (this.state.name !== 'deciding') return;
    const decision = this.state.decision.decision;
    this.setPhase({ name: 'running', run: this.state.run, mode: 'interactive' });
    this.send({ type: 'pick', thread, decision });
  }

  continueUntil(until: Until): void {
    if (this.state.name !== 'deciding' && !(this.state.name === 'running' && this.mode === 'interactive')) return;
    if (this.state.name === 'deciding') this.setPhase({ name: 'running', run: this.state.run, mode: 'interactive' });
    this.send({ type: 'continue', until });
  }

  /** Asks for every thread's stack at seq; the answer goes to listener.inspection. */
  inspect(seq: number): void {
    if (this.current === undefined) return;
    this.pendingInspect = seq;
    this.send({ type: 'inspect', seq });
  }

  close(): void {
    const s = this.socket;
    this.socket = undefined;
    if (s) {
      s.onclose = null;
      s.close();
    }
  }

  private isLive(): boolean {
    const n = this.state.name;
    return n === 'submitted' || n === 'queued' || n === 'running' || n === 'deciding';
  }

  private send(message: ClientMessage): void {
    const text = encodeClientMessage(message);
    const s = this.ensureSocket();
    if (s.readyState === OPEN) s.send(text);
    else this.outbox.push(text);
  }

  private ensureSocket(): SocketLike {
    if (this.socket) return this.socket;
    const s = this.openSocket();
    this.socket = s;
    this.acked = -1;
    this.setPhase({ name: 'connecting' });
    s.onopen = () => {
      for (const text of this.outbox.splice(0)) s.send(text);
      if (this.pendingStarts > 0) this.setPhase({ name: 'submitted' });
    };
    s.onmessage = (ev) => {
      if (typeof ev.data === 'string') this.receive(ev.data);
    };
    s.onerror = () => undefined;
    s.onclose = () => this.closed(s);
    return s;
  }

  private closed(s: SocketLike): void {
    if (this.socket !== s) return;
    this.socket = undefined;
    this.outbox.length = 0;
    const wasLive = this.isLive() || this.state.name === 'connecting';
    this.pendingStarts = 0;
    this.pendingInspect = undefined;
    if (wasLive) this.setPhase({ name: 'disconnected', message: 'the connection to the server closed' });
  }

  /** Takes in one server message (the socket's onmessage calls this). */
  receive(text: string): void {
    const m = parseServerMessage(text);
    switch (m.type) {
      case 'accepted':
        if (this.pendingStarts === 0) return;
        this.pendingStarts--;
        this.current = m.run;
        this.mode = m.mode;
        this.pendingInspect = undefined;
        this.listener.accepted?.(m);
        this.setPhase(
          m.position > 0 ? { name: 'queued', run: m.run, position: m.position } : { name: 'running', run: m.run, mode: m.mode },
        );
        return;
      case 'queued':
        if (this.isCurrent(m.run)) this.setPhase({ name: 'queued', run: m.run, position: m.position });
        return;
      case 'started':
        if (this.isCurrent(m.run)) this.setPhase({ name: 'running', run: m.run, mode: this.mode });
        return;
      case 'entities':
        if (this.isCurrent(m.run)) this.listener.entities?.(m);
        this.ack(m.batch);
        return;
      case 'events':
        if (this.isCurrent(m.run)) this.listener.events?.(m);
        this.ack(m.batch);
        return;
      case 'decision':
        if (this.isCurrent(m.run)) this.setPhase({ name: 'deciding', run: m.run, decision: m });
        return;
      case 'summary':
        if (!this.isCurrent(m.run)) return;
        this.listener.summary?.(m);
        this.setPhase({ name: 'done', run: m.run, summary: m });
        return;
      case 'inspection':
        if (this.pendingInspect === m.seq) this.pendingInspect = undefined;
        if (m.run === this.current) this.listener.inspection?.(m);
        return;
      case 'error':
        this.error(m);
        return;
    }
  }

  private error(m: ErrorMessage): void {
    if (m.run !== undefined && m.run !== this.current) return;
    if (this.pendingInspect !== undefined && this.pendingStarts === 0 && INSPECT_REFUSALS.includes(m.code)) {
      this.pendingInspect = undefined;
      if (m.code === 'unknown-type') this.listener.inspectUnsupported?.();
      else this.listener.inspectRefused?.(m);
      return;
    }
    this.listener.error?.(m);
    if (this.pendingStarts > 0 && m.run === undefined && isStartRefusal(m)) {
      this.pendingStarts--;
      if (this.pendingStarts > 0) return;
      const before = this.beforeStart;
      const stillLive = before.name === 'queued' || before.name === 'running' || before.name === 'deciding';
      this.setPhase(stillLive ? before : { name: 'rejected', error: m });
    }
  }

  private isCurrent(run: number): boolean {
    return this.pendingStarts === 0 && run === this.current;
  }

  private ack(batch: number): void {
    if (batch <= this.acked) return;
    this.acked = batch;
    this.send({ type: 'ack', upTo: batch });
  }

  private setPhase(p: SessionPhase): void {
    this.state = p;
    this.listener.phase?.(p);
  }
}

/** Errors that answer an inspect (docs/protocol.md); unknown-type from a server without it. */
const INSPECT_REFUSALS: readonly string[] = ['unknown-type', 'no-run', 'bad-field', 'busy', 'internal'];

/** Errors that refuse a start: no run is started (the current one, if any, goes on). */
function isStartRefusal(m: ErrorMessage): boolean {
  return [
    'syntax-error',
    'bad-config',
    'source-too-large',
    'too-many-runs',
    'busy',
    'missing-field',
    'bad-field',
    'message-too-large',
    'rate-limited',
  ].includes(m.code);
}

/** The URL of /ws next to the page. */
export function socketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
