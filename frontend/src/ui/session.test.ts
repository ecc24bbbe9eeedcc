import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../protocol';
import { RunSession, socketUrl, type SessionPhase, type SocketLike } from './session';

class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: ((ev: never) => void) | null = null;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onclose: ((ev: never) => void) | null = null;
  onerror: ((ev: never) => void) | null = null;
  readonly sent: Record<string, unknown>[] = [];
  closedByClient = false;

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send before open');
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(): void {
    this.closedByClient = true;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({} as never);
  }
  deliver(m: ServerMessage | Record<string, unknown>): void {
    this.onmessage?.({ data: JSON.stringify(m) } as MessageEvent);
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({} as never);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const phases: SessionPhase[] = [];
  const got: string[] = [];
  const session = new RunSession(
    () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    {
      phase: (p) => phases.push(p),
      accepted: (m) => got.push(`accepted ${m.run}`),
      entities: (m) => got.push(`entities ${m.run}/${m.batch}`),
      events: (m) => got.push(`events ${m.run}/${m.batch}`),
      summary: (m) => got.push(`summary ${m.run} ${m.ending}`),
      error: (m) => got.push(`error ${m.code}`),
      inspection: (m) => got.push(`inspection ${m.seq}`),
      inspectUnsupported: () => got.push('no stacks'),
      inspectRefused: (m) => got.push(`inspect refused ${m.code}`),
    },
  );
  return { session, sockets, phases, got };
}

const CONFIG = { type: 'accepted', mode: 'record', file: 'main.py', position: 0, config: {} };
const events = (run: number, batch: number) => ({
  type: 'events', run, batch, seq: 0, count: 0, t0: 0, forms: [], dt: [], form: [], actor: [], obj: [], line: [], values: [],
});
const summary = (run: number, ending = 'finished') => ({
  type: 'summary', run, exitStatus: 0, ending, stdout: '', stderr: '', wallMillis: 1,
});

describe('RunSession', () => {
  it('sends the start once the socket opens and follows the run to its summary, acking every batch', () => {
    const { session, sockets, phases, got } = setup();
    session.start('print(1)\n', { cores: 2 }, 'record');
    expect(session.phase.name).toBe('connecting');
    const s = sockets[0]!;
    s.open();
    expect(s.sent).toEqual([{ type: 'start', source: 'print(1)\n', config: { cores: 2 }, mode: 'record' }]);
    expect(session.phase.name).toBe('submitted');

    s.deliver({ ...CONFIG, run: 5 });
    s.deliver({ type: 'started', run: 5 });
    s.deliver({ type: 'entities', run: 5, batch: 0, entities: [] });
    s.deliver(events(5, 1));
    s.deliver(summary(5));

    expect(got).toEqual(['accepted 5', 'entities 5/0', 'events 5/1', 'summary 5 finished']);
    expect(s.sent.slice(1)).toEqual([{ type: 'ack', upTo: 0 }, { type: 'ack', upTo: 1 }]);
    expect(phases.map((p) => p.name)).toEqual(['connecting', 'submitted', 'running', 'running', 'done']);
  });

  it('shows the queue position until the run starts', () => {
    const { session, sockets } = setup();
    session.start('x = 1\n', {}, 'record');
    sockets[0]!.open();
    sockets[0]!.deliver({ ...CONFIG, run: 1, position: 3 });
    expect(session.phase).toEqual({ name: 'queued', run: 1, position: 3 });
    sockets[0]!.deliver({ type: 'queued', run: 1, position: 1 });
    expect(session.phase).toEqual({ name: 'queued', run: 1, position: 1 });
    sockets[0]!.deliver({ type: 'started', run: 1 });
    expect(session.phase).toEqual({ name: 'running', run: 1, mode: 'record' });
  });

  it('drops the replaced run’s late messages but still acks their batches', () => {
    const { session, sockets, got } = setup();
    session.start('a\n', {}, 'record');
    const s = sockets[0]!;
    s.open();
    s.deliver({ ...CONFIG, run: 1 });
    s.deliver(events(1, 0));
    session.start('b\n', {}, 'record');
    s.deliver(events(1, 1)); // the old run, before the new one is accepted
    s.deliver(summary(1, 'cancelled'));
    s.deliver({ ...CONFIG, run: 2 });
    s.deliver(events(2, 2));
    s.deliver(events(1, 3)); // late, after
    expect(got).toEqual(['accepted 1', 'events 1/0', 'accepted 2', 'events 2/2']);
    expect(s.sent.filter((m) => m.type === 'ack').map((m) => m.upTo)).toEqual([0, 1, 2, 3]);
  });

  it('two starts in a row: the second run is the one shown', () => {
    const { session, sockets, got } = setup();
    session.start('a\n', {}, 'record');
    session.start('b\n', {}, 'record');
    const s = sockets[0]!;
    s.open();
    expect(s.sent.map((m) => m.source)).toEqual(['a\n', 'b\n']);
    s.deliver({ ...CONFIG, run: 1 });
    s.deliver(events(1, 0)); // the first run, about to be replaced
    s.deliver({ ...CONFIG, run: 2 });
    s.deliver(summary(1, 'cancelled'));
    s.deliver(events(2, 1));
    s.deliver(summary(2));
    expect(got).toEqual(['accepted 1', 'accepted 2', 'events 2/1', 'summary 2 finished']);
    expect(session.phase).toMatchObject({ name: 'done', run: 2 });
  });

  it('a refused start reports the error and leaves a live run going', () => {
    const { session, sockets, got } = setup();
    session.start('a\n', {}, 'record');
    const s = sockets[0]!;
    s.open();
    s.deliver({ ...CONFIG, run: 1 });
    session.start('if x\n', {}, 'record');
    s.deliver({ type: 'error', code: 'syntax-error', message: "SyntaxError: expected ':'", line: 1, column: 5 });
    expect(got).toContain('error syntax-error');
    expect(session.phase.name).toBe('running');
    s.deliver(events(1, 0));
    expect(got).toContain('events 1/0');
  });

  it('a refused first start is shown as rejected', () => {
    const { session, sockets } = setup();
    session.start('if x\n', {}, 'record');
    sockets[0]!.open();
    sockets[0]!.deliver({ type: 'error', code: 'bad-config', message: 'cores must be between 1 and 64, not 0', field: 'config.cores' });
    expect(session.phase.name).toBe('rejected');
  });

  it('in interactive mode answers the decision it was offered, once', () => {
    const { session, sockets } = setup();
    session.start('a\n', {}, 'interactive');
    const s = sockets[0]!;
    s.open();
    s.deliver({ ...CONFIG, mode: 'interactive', run: 4 });
    const decision = { type: 'decision', run: 4, decision: 2, kind: 'gil', seq: 9, options: [{ thread: 3, name: 'a', line: 5 }, { thread: 4, name: 'b', line: 0 }], count: 2 };
    s.deliver(decision);
    expect(session.phase).toEqual({ name: 'deciding', run: 4, decision });
    session.pick(4);
    session.pick(3); // a double click: no decision waits any more
    expect(s.sent.filter((m) => m.type === 'pick')).toEqual([{ type: 'pick', thread: 4, decision: 2 }]);
    s.deliver({ ...decision, decision: 3 });
    session.continueUntil('blocking');
    expect(s.sent.at(-1)).toEqual({ type: 'continue', until: 'blocking' });
    expect(session.phase.name).toBe('running');
  });

  it('inspects after a run, and learns when the server has no stacks to give', () => {
    const { session, sockets, got } = setup();
    session.inspect(3); // no run yet: nothing to ask
    expect(sockets).toHaveLength(0);
    session.start('a\n', {}, 'record');
    const s = sockets[0]!;
    s.open();
    s.deliver({ ...CONFIG, run: 1 });
    s.deliver(summary(1));
    session.inspect(7);
    expect(s.sent.at(-1)).toEqual({ type: 'inspect', seq: 7 });
    s.deliver({ type: 'inspection', run: 1, seq: 7, t: 100, threads: [{ id: 1, name: 'MainThread', state: 'running', frames: [] }] });
    s.deliver({ type: 'inspection', run: 0, seq: 7, t: 100, threads: [] }); // another run's
    session.inspect(9999);
    s.deliver({ type: 'error', code: 'bad-field', field: 'seq', message: 'the run has no event 9999' });
    session.inspect(8);
    s.deliver({ type: 'error', code: 'unknown-type', message: 'unknown message type inspect' });
    expect(got.slice(-3)).toEqual(['inspection 7', 'inspect refused bad-field', 'no stacks']);
  });

  it('cancel is sent only while a run is live', () => {
    const { session, sockets } = setup();
    session.start('a\n', {}, 'record');
    const s = sockets[0]!;
    s.open();
    s.deliver({ ...CONFIG, run: 1 });
    session.cancel();
    s.deliver(summary(1, 'cancelled'));
    session.cancel();
    expect(s.sent.filter((m) => m.type === 'cancel')).toHaveLength(1);
  });

  it('a dropped connection ends the live run and the next start reconnects', () => {
    const { session, sockets } = setup();
    session.start('a\n', {}, 'record');
    sockets[0]!.open();
    sockets[0]!.deliver({ ...CONFIG, run: 1 });
    sockets[0]!.drop();
    expect(session.phase).toEqual({ name: 'disconnected', message: 'the connection to the server closed' });
    session.start('b\n', {}, 'record');
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    expect(sockets[1]!.sent[0]).toMatchObject({ type: 'start', source: 'b\n' });
  });

  it('builds the socket URL from the page location', () => {
    expect(socketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws');
    expect(socketUrl({ protocol: 'https:', host: 'il.example.edu' })).toBe('wss://il.example.edu/ws');
  });
});
