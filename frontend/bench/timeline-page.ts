// The timeline bench's page (bundled by bench/timeline.sh, driven in headless Chromium by
// timeline-run.mjs): benchPrepare makes a synthetic trace of a million events as the JSON texts of
// its batches, benchLoad parses them into a TraceStore as the WebSocket client would and draws the
// first frame, benchFrames times frames while zooming, panning and stepping the cursor
// (benchTimeline does all three). showTrace and streamTrace draw the fixture traces for the
// screenshots and checks.

import type { EntitiesMessage, EventsMessage, TraceEntity, TraceEvent } from '../src/protocol';
import { encodeEvents } from '../src/trace/encode';
import { TraceStore } from '../src/trace/store';
import { TimelineView } from '../src/timeline/view';
import type { DrawnModel } from '../src/timeline/view';
import { syntheticTrace } from './synthetic';

export interface BenchResult {
  events: number;
  batches: number;
  /** parsing the batches' JSON and adding them to the store, ms */
  loadMs: number;
  /** building the view and drawing its first frame, ms */
  firstDrawMs: number;
  frames: { phase: string; ms: number }[];
  drawn: DrawnModel;
}

let view: TimelineView | undefined;
/** the store of the synthetic trace benchTimeline loaded */
let synthetic: TraceStore | undefined;
/** the synthetic trace's batches as JSON texts, ready to load */
let prepared: { entities: EntitiesMessage; texts: string[] } | undefined;

function host(width: number, height: number): HTMLElement {
  view?.destroy();
  document.body.replaceChildren();
  document.body.style.margin = '0';
  const div = document.createElement('div');
  div.style.cssText = `width:${width}px;height:${height}px;`;
  document.body.append(div);
  return div;
}

/** Generates the synthetic trace as the JSON texts of its batches (not timed). */
function prepare(events: number): number {
  const { entities, batches } = syntheticTrace({ events });
  prepared = { entities, texts: batches.map((b) => JSON.stringify(b)) };
  batches.length = 0;
  return prepared.texts.length;
}

/** Parses the prepared batches into a store and draws the first frame. */
function load(width: number, height: number, theme: 'light' | 'dark'): { events: number; batches: number; loadMs: number; firstDrawMs: number } {
  if (!prepared) throw new Error('nothing prepared');
  const { entities, texts } = prepared;
  const container = host(width, height);
  // the generator's garbage is not the load's: collect it first (Chromium runs with --expose-gc)
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const store = new TraceStore();
  store.config = { cores: 4 };
  store.addEntities(entities);
  for (const text of texts) store.addEvents(JSON.parse(text) as EventsMessage);
  const t1 = performance.now();
  synthetic = store;
  view = new TimelineView(container, store, { theme });
  view.drawNow();
  (container.querySelector('canvas.timeline-canvas') as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, 1, 1);
  const t2 = performance.now();
  return { events: store.eventCount, batches: texts.length, loadMs: t1 - t0, firstDrawMs: t2 - t1 };
}

function bench(events: number, width: number, height: number, theme: 'light' | 'dark'): BenchResult {
  prepare(events);
  const loaded = load(width, height, theme);
  const frames = benchFrames(document.body.firstElementChild as HTMLElement, width);
  return { ...loaded, frames, drawn: current().drawnModel() };
}

/** Frame times while zooming in, panning, zooming out and panning zoomed out, on the view drawn. */
function benchFrames(container: HTMLElement, width: number): { phase: string; ms: number }[] {
  const view = current();
  const frames: { phase: string; ms: number }[] = [];
  // a frame is timed until its pixels exist: reading one back makes the canvas rasterise
  const canvas = container.querySelector('canvas.timeline-canvas') as HTMLCanvasElement;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const frame = (phase: string): void => {
    const start = performance.now();
    view.drawNow();
    ctx.getImageData(0, 0, 1, 1);
    frames.push({ phase, ms: performance.now() - start });
  };
  const plot = width - 170;
  for (let i = 0; i < 40; i++) {
    view.zoomBy(1.3, 170 + plot * (0.3 + 0.4 * ((i * 7) % 10) / 10));
    frame('zoom in');
  }
  for (let i = 0; i < 40; i++) {
    view.panBy(i % 20 < 10 ? -60 : 60);
    frame('pan');
  }
  for (let i = 0; i < 40; i++) {
    view.zoomBy(1 / 1.3, 170 + plot / 2);
    frame('zoom out');
  }
  const events = view.drawnModel().eventCount;
  view.setCursor(Math.floor(events / 2));
  for (let i = 0; i < 20; i++) {
    view.panBy(i % 2 === 0 ? -200 : 200);
    frame('pan zoomed out');
  }
  for (let i = 0; i < 20; i++) {
    view.setCursor(Math.floor((events * i) / 20));
    frame('cursor steps');
  }
  view.fit();
  return frames;
}

/**
 * The same trace as a trace file (docs/trace.md, as the CLI's --trace writes it): the time to parse
 * its text, load the store and draw the first frame.
 */
function benchFile(width: number, height: number): { bytes: number; loadMs: number; firstDrawMs: number } {
  const old = synthetic;
  if (!old) throw new Error('no synthetic trace: run benchTimeline first');
  const lines: string[] = [];
  for (let i = 0; i < old.eventCount; i++) lines.push(JSON.stringify(old.event(i)));
  const text = `{"format":"interleave-trace","version":1,"program":{"file":"bench.py"},"config":${JSON.stringify(old.config)},\n"entities":[\n${old
    .entities()
    .map((e) => JSON.stringify(e))
    .join(',\n')}\n],\n"events":[\n${lines.join(',\n')}\n],\n"decisions":[],\n"summary":{"exitStatus":0,"ending":"finished"}}\n`;
  lines.length = 0;
  const container = host(width, height);
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const store = TraceStore.fromTraceJson(JSON.parse(text));
  const t1 = performance.now();
  view = new TimelineView(container, store, { theme: 'light' });
  view.drawNow();
  (container.querySelector('canvas.timeline-canvas') as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, 1, 1);
  return { bytes: text.length, loadMs: t1 - t0, firstDrawMs: performance.now() - t1 };
}

function current(): TimelineView {
  if (!view) throw new Error('no timeline: run benchTimeline first');
  return view;
}

function show(traceText: string, width: number, height: number, theme: 'light' | 'dark', cursor: number, highlight: number[] = []): DrawnModel {
  const store = TraceStore.fromTraceJson(JSON.parse(traceText));
  view = new TimelineView(host(width, height), store, { theme });
  if (cursor >= 0) view.setCursor(cursor);
  view.highlight(highlight);
  view.drawNow();
  return view.drawnModel();
}

/** Selections and cursor moves the view reported, for the interaction checks. */
const reported: { cursor: [number, number][]; select: unknown[] } = { cursor: [], select: [] };

/** A trace file streamed into a live view in three batches, with callbacks recorded. */
function stream(traceText: string, width: number, height: number): DrawnModel {
  const file = JSON.parse(traceText) as { entities: TraceEntity[]; events: TraceEvent[] };
  const store = new TraceStore();
  reported.cursor.length = 0;
  reported.select.length = 0;
  view = new TimelineView(host(width, height), store, {
    theme: 'light',
    onCursor: (seq, t) => reported.cursor.push([seq, t]),
    onSelect: (info) => reported.select.push(info),
  });
  view.drawNow();
  store.addEntities({ type: 'entities', run: 1, batch: 0, entities: file.entities });
  const third = Math.ceil(file.events.length / 3);
  for (let k = 0; k < 3; k++) {
    store.addEvents(encodeEvents(file.events.slice(k * third, (k + 1) * third), k + 1));
    view.drawNow();
  }
  return view.drawnModel();
}

declare global {
  interface Window {
    benchTimeline: typeof bench;
    benchPrepare: typeof prepare;
    benchLoad: typeof load;
    benchFrames: () => { phase: string; ms: number }[];
    benchFile: typeof benchFile;
    streamTrace: typeof stream;
    reported: typeof reported;
    drawn: () => DrawnModel;
    showTrace: typeof show;
  }
}
window.benchTimeline = bench;
window.benchPrepare = prepare;
window.benchLoad = load;
window.benchFile = benchFile;
window.streamTrace = stream;
window.reported = reported;
window.drawn = () => current().drawnModel();
window.benchFrames = () => benchFrames(document.body.firstElementChild as HTMLElement, 1400);
window.showTrace = show;
