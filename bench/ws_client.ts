// The WebSocket benchmark client (bench/ws_stream.sh, bench/ws_load.sh): speaks /ws with the
// app's own protocol module and decoder. Bundled by esbuild, run by Node 20 with
// --experimental-websocket.
//   node ws_client.mjs stream URL FILE.py RUNS [objects]   one client, RUNS runs of FILE in turn
//   node ws_client.mjs load URL FILE.py CLIENTS             CLIENTS clients at once, one run each
import { readFileSync } from 'node:fs';
import {
  batchOf,
  decodeEvents,
  encodeClientMessage,
  eventObjects,
  parseServerMessage,
  type SummaryMessage,
} from '../frontend/src/protocol';

interface RunFigures {
  events: number;
  bytes: number;
  batches: number;
  firstBatchMs: number;
  /** when the server accepted the start, and when the run began simulating */
  acceptedMs: number;
  startedMs: number;
  summaryMs: number;
  summary: SummaryMessage;
}

/** Runs `source` once on `ws`, decoding every batch and acknowledging it. */
function runOnce(ws: WebSocket, source: string, objects: boolean): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let events = 0;
    let bytes = 0;
    let batches = 0;
    let firstBatchMs = -1;
    let acceptedMs = -1;
    let startedMs = -1;
    let sink = 0;
    ws.onmessage = (ev: MessageEvent) => {
      const text = ev.data as string;
      bytes += text.length;
      const m = parseServerMessage(text);
      const batch = batchOf(m);
      if (batch !== undefined) {
        if (firstBatchMs < 0) firstBatchMs = performance.now() - started;
        batches++;
        if (m.type === 'events') {
          if (objects) {
            sink += eventObjects(m).length;
          } else {
            const c = decodeEvents(m);
            sink += c.t[c.count - 1] ?? 0;
          }
          events += m.count;
        }
        ws.send(encodeClientMessage({ type: 'ack', upTo: batch }));
      } else if (m.type === 'accepted') {
        acceptedMs = performance.now() - started;
      } else if (m.type === 'started') {
        startedMs = performance.now() - started;
      } else if (m.type === 'summary') {
        if (sink < 0) console.log(sink); // keep the decoding from being optimised away
        resolve({
          events,
          bytes,
          batches,
          firstBatchMs,
          acceptedMs,
          startedMs,
          summaryMs: performance.now() - started,
          summary: m,
        });
      } else if (m.type === 'error') {
        reject(new Error(`${m.code}: ${m.message}`));
      }
    };
    ws.send(encodeClientMessage({ type: 'start', source, mode: 'record' }));
  });
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error(`cannot connect to ${url}`));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function stream(url: string, source: string, runs: number, objects: boolean): Promise<void> {
  const ws = await open(url);
  for (let i = 1; i <= runs; i++) {
    const f = await runOnce(ws, source, objects);
    const s = f.summaryMs / 1000;
    console.log(
      `run ${i}: ${f.events} events in ${f.batches} messages, ${(f.bytes / 1e6).toFixed(1)} MB, ` +
        `${s.toFixed(3)} s => ${Math.round(f.events / s)} events/s delivered and decoded` +
        `${objects ? ' (as objects)' : ''}; first batch after ${f.firstBatchMs.toFixed(1)} ms; ` +
        `server: exit ${f.summary.exitStatus}, run wall time ${f.summary.wallMillis} ms`,
    );
  }
  ws.close();
}

async function load(url: string, source: string, clients: number): Promise<void> {
  const results = await Promise.allSettled(
    Array.from({ length: clients }, async () => {
      const ws = await open(url);
      try {
        return await runOnce(ws, source, false);
      } finally {
        ws.close();
      }
    }),
  );
  const ok = results.flatMap((r) => (r.status === 'fulfilled' && r.value.summary.exitStatus === 0 ? [r.value] : []));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  const first = ok.map((r) => r.firstBatchMs).sort((a, b) => a - b);
  const done = ok.map((r) => r.summaryMs).sort((a, b) => a - b);
  const accepted = ok.map((r) => r.acceptedMs).sort((a, b) => a - b);
  const began = ok.map((r) => r.startedMs).sort((a, b) => a - b);
  console.log(`completed runs: ${ok.length} of ${clients}${failed.length ? `; failures: ${failed.slice(0, 3).join('; ')}` : ''}`);
  if (ok.length > 0) {
    console.log(
      `time to accepted:    p50 ${percentile(accepted, 50).toFixed(0)} ms, p99 ${percentile(accepted, 99).toFixed(0)} ms; ` +
        `to started: p50 ${percentile(began, 50).toFixed(0)} ms, p99 ${percentile(began, 99).toFixed(0)} ms`,
    );
    console.log(
      `time to first batch: p50 ${percentile(first, 50).toFixed(0)} ms, p99 ${percentile(first, 99).toFixed(0)} ms, ` +
        `max ${(first[first.length - 1] as number).toFixed(0)} ms`,
    );
    console.log(
      `time to summary:     p50 ${percentile(done, 50).toFixed(0)} ms, p99 ${percentile(done, 99).toFixed(0)} ms, ` +
        `max ${(done[done.length - 1] as number).toFixed(0)} ms`,
    );
    console.log(`events per run: ${ok[0]?.events}`);
  }
  if (ok.length !== clients) process.exitCode = 1;
}

const [mode, url, file, count, extra] = process.argv.slice(2);
if (!mode || !url || !file || !count) {
  console.error('usage: ws_client.mjs stream|load URL FILE.py N [objects]');
  process.exit(2);
}
const source = readFileSync(file, 'utf8');
if (mode === 'stream') {
  await stream(url, source, Number(count), extra === 'objects');
} else {
  await load(url, source, Number(count));
}
