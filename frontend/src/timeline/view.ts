// The timeline view: a DPR-aware canvas showing the store's lanes and tracks (layout.ts) over a
// time scale, drawn per pixel (merge.ts) in one animation-frame scheduler. Setters only request a
// frame. Input (wheel, drag, pinch, keys, click, hover) is wired in input.ts; the legend in
// legend.ts; drawnModel() reports what the last frame drew, for tests.

import { ArrowIndex } from '../trace/arrows';
import { formatNs } from '../trace/format';
import { FONT } from './frame';
import type { Deadlock } from '../trace/machine';
import { SpanIndex } from '../trace/spans';
import type { SpanArray } from '../trace/spans';
import { stateAt } from '../trace/state';
import type { TraceStore } from '../trace/store';
import { SECOND_NAME, TrackIndex } from '../trace/tracks';
import type { DrawnLane, DrawnModel, DrawnTrack } from './drawn';
import type { Frame } from './frame';
import { FrameScheduler } from './frames';
import { attachInput } from './input';
import { layout, rowAt } from './layout';
import type { Layout, Row } from './layout';
import { Legend } from './legend';
import { LaneRuns } from './lane-runs';
import type { PlacedRuns } from './lane-runs';
import { visibleCounts } from './merge';
import { Paint } from './paint';
import { THEMES } from './palette';
import type { Theme } from './palette';
import { pickAt } from './pick';
import type { Pick } from './pick';
import { drawArrows, drawCursor } from './render-arrows';
import { drawDeadlock, drawHighlights } from './render-marks';
import { drawRowFrame } from './render-rows';
import type { ArrowsDrawn } from './render-arrows';
import { AXIS_HEIGHT, drawAxis } from './render-axis';
import { drawHolderRuns, drawStateRuns } from './render-lanes';
import { drawTrack } from './render-tracks';
import { TimeScale } from './scale';

export type { DrawnModel } from './drawn';

export interface SelectInfo {
  laneId: number;
  seq: number;
  t: number;
  state: string;
  why: string;
}

export interface TimelineOptions {
  theme: Theme;
  onCursor?: (seq: number, t: number) => void;
  onSelect?: (info: SelectInfo) => void;
}

export const GUTTER_WIDTH = 170;

export class TimelineView {
  private readonly root: HTMLDivElement;
  /** the scene: rows, spans, tracks, arrows, axis; redrawn only when what it shows changes */
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** over it: the cursor, redrawn every frame (a cursor step costs no scene redraw) */
  private readonly overlay: HTMLCanvasElement;
  private readonly octx: CanvasRenderingContext2D;
  private sceneKey = '';
  private highlightVersion = 0;
  private readonly tooltip: HTMLDivElement;
  private readonly legend: Legend;
  private readonly frames: FrameScheduler;
  private readonly spans: SpanIndex;
  private readonly tracks: TrackIndex;
  private readonly arrows: ArrowIndex;
  /** each lane's runs, reused while panning and zooming within a bucket size */
  private readonly laneRuns = new Map<string, LaneRuns>();
  private readonly detach: () => void;
  private readonly unsubscribe: () => void;
  private readonly resize: ResizeObserver;
  private theme: Theme;
  private paint: Paint;
  private lay: Layout = { rows: [], height: 0 };
  private layoutKey = '';
  private scale = TimeScale.of(0, 1000, 100);
  /** fitted to the whole trace, following it as it grows, until the user zooms or pans */
  private following = true;
  private scrollY = 0;
  private cssWidth = 0;
  private cssHeight = 0;
  private cursorSeq = -1;
  private highlighted = new Set<number>();
  private deadlock: Deadlock | undefined;
  private deadlockCheckedAt = -1;
  private hover: { x: number; y: number } | undefined;
  private frameCount = 0;
  private frameMs = 0;
  private rectCount = 0;
  private laneRects = new Map<string, number>();
  private trackDrawn = new Map<string, { points: number; ops: number }>();
  private arrowsDrawn: ArrowsDrawn = { visible: 0, drawn: 0, tooDense: false, kinds: {} };
  private cursorX: number | null = null;
  private tooltipKey = '';
  /** lanes of threads, tasks and processes by entity id */
  private laneRows = new Map<number, Row>();

  constructor(
    container: HTMLElement,
    private readonly store: TraceStore,
    private readonly options: TimelineOptions,
  ) {
    this.theme = options.theme;
    const doc = container.ownerDocument;
    this.root = doc.createElement('div');
    this.root.className = 'timeline';
    this.root.style.cssText = 'position:relative;display:flex;flex-direction:column;width:100%;height:100%;min-height:0;';
    this.legend = new Legend(doc);
    this.canvas = doc.createElement('canvas');
    this.canvas.tabIndex = 0;
    this.canvas.className = 'timeline-canvas';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'Timeline: + and - zoom, shift+arrows pan, up and down scroll, f fits, click a span to move the cursor there');
    this.canvas.style.cssText = 'position:absolute;inset:0;display:block;width:100%;height:100%;touch-action:none;outline-offset:-2px;';
    this.overlay = doc.createElement('canvas');
    this.overlay.setAttribute('aria-hidden', 'true');
    this.overlay.style.cssText = 'position:absolute;inset:0;display:block;width:100%;height:100%;pointer-events:none;';
    const stage = doc.createElement('div');
    stage.style.cssText = 'position:relative;flex:1 1 auto;min-height:0;';
    stage.append(this.canvas, this.overlay);
    this.tooltip = doc.createElement('div');
    this.tooltip.className = 'timeline-tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.style.cssText =
      'position:absolute;pointer-events:none;display:none;max-width:360px;padding:6px 8px;border-radius:4px;font:12px system-ui,sans-serif;white-space:pre-line;z-index:2;box-shadow:0 2px 8px rgba(0,0,0,.3);';
    this.root.append(this.legend.element, stage, this.tooltip);
    container.append(this.root);
    const ctx = this.canvas.getContext('2d');
    const octx = this.overlay.getContext('2d');
    if (!ctx || !octx) throw new Error('the timeline needs a 2D canvas');
    this.ctx = ctx;
    this.octx = octx;
    this.paint = new Paint(ctx, this.theme, () => doc.createElement('canvas'));
    this.spans = new SpanIndex(store);
    this.tracks = new TrackIndex(store);
    this.arrows = new ArrowIndex(store);
    this.frames = new FrameScheduler(() => this.draw());
    this.unsubscribe = store.onChange(() => this.frames.request());
    this.resize = new ResizeObserver(() => this.frames.request());
    this.resize.observe(this.canvas);
    this.detach = attachInput(this.canvas, {
      zoomBy: (f, x) => this.zoomBy(f, x),
      panBy: (dx) => this.panBy(dx),
      scrollBy: (dy) => this.scrollBy(dy),
      fit: () => this.fit(),
      home: () => this.showTime(0, 0.02),
      end: () => this.showTime(this.store.endTime, 0.98),
      click: (x, y) => this.click(x, y),
      hover: (x, y) => this.setHover(x, y),
      leave: () => this.setHover(),
    });
    this.applyTheme();
    this.frames.request();
  }

  setCursor(seq: number): void {
    const s = Math.max(-1, Math.min(Math.floor(seq), this.store.eventCount - 1));
    this.cursorSeq = s;
    if (s >= 0 && !this.following) {
      const t = this.store.time(s);
      if (t < this.scale.start || t > this.scale.end) this.showTime(t, 0.5);
    }
    this.frames.request();
  }

  cursor(): number {
    return this.cursorSeq;
  }

  fit(): void {
    this.following = true;
    this.frames.request();
  }

  /** Zooms by factor (> 1 in) about canvas x atX; without it, about the cursor when it is in view, else the middle. */
  zoomBy(factor: number, atX?: number): void {
    this.following = false;
    let x = atX === undefined ? undefined : atX - GUTTER_WIDTH;
    if (x === undefined && this.cursorSeq >= 0 && this.cursorSeq < this.store.eventCount) {
      const cx = this.scale.toPx(this.store.time(this.cursorSeq));
      if (cx >= 0 && cx <= this.scale.width) x = cx;
    }
    this.scale = this.scale.zoomed(factor, x).clamped(0, this.store.endTime);
    this.frames.request();
  }

  panBy(dxPixels: number): void {
    this.following = false;
    this.scale = this.scale.panned(dxPixels).clamped(0, this.store.endTime);
    this.frames.request();
  }

  scrollBy(dyPixels: number): void {
    this.scrollY = this.clampScroll(this.scrollY + dyPixels);
    this.frames.request();
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.paint = new Paint(this.ctx, theme, () => this.canvas.ownerDocument.createElement('canvas'));
    this.applyTheme();
    this.sceneKey = '';
    this.frames.request();
  }

  highlight(ids: number[]): void {
    this.highlighted = new Set(ids);
    this.highlightVersion++;
    this.frames.request();
  }

  /** Draws now instead of at the next animation frame (for tests and the bench). */
  drawNow(): void {
    this.frames.cancel();
    this.draw();
  }

  drawnModel(): DrawnModel {
    const scale = this.scale;
    const lanes: DrawnLane[] = [];
    const tracks: DrawnTrack[] = [];
    const top = AXIS_HEIGHT - this.scrollY;
    const cycle = new Set(this.deadlock?.cycle ?? []);
    for (const r of this.lay.rows) {
      const y = top + r.y;
      const onScreen = y + r.height > AXIS_HEIGHT && y < this.cssHeight;
      if (r.kind === 'object') {
        const tr = this.tracks.tracks.get(r.id);
        const d = this.trackDrawn.get(r.key) ?? { points: 0, ops: 0 };
        const track: DrawnTrack = { key: r.key, id: r.id, kind: r.entityKind, label: r.label, levelKind: tr?.levelKind ?? 'none', y, height: r.height, onScreen, ...d };
        if (tr?.hasSecond) track.second = SECOND_NAME[tr.kind] ?? 'second';
        tracks.push(track);
      } else if (r.kind !== 'section') {
        const a = this.laneSpans(r);
        const spans: Record<string, number> = {};
        if (a) {
          for (const [code, n] of visibleCounts(a, this.store.endTime, scale)) spans[this.codeName(r, code)] = n;
        }
        lanes.push({
          key: r.key,
          kind: r.kind,
          id: r.id,
          label: r.label,
          y,
          height: r.height,
          onScreen,
          spans,
          rects: this.laneRects.get(r.key) ?? 0,
          highlighted: this.highlighted.has(r.id) && (r.kind === 'thread' || r.kind === 'task' || r.kind === 'process'),
          inDeadlock: (r.kind === 'thread' || r.kind === 'task') && cycle.has(r.id),
        });
      }
    }
    const seq = this.cursorSeq;
    return {
      frame: this.frameCount,
      frameMs: this.frameMs,
      width: this.cssWidth,
      height: this.cssHeight,
      theme: this.theme,
      eventCount: this.store.eventCount,
      window: { start: scale.start, end: scale.end },
      lanes,
      tracks,
      arrows: this.arrowsDrawn,
      cursor: seq >= 0 ? { seq, t: this.store.time(seq), x: this.cursorX } : null,
      deadlock: this.deadlock ? { cycle: [...this.deadlock.cycle], edges: this.deadlock.edges.map((e) => ({ ...e })) } : null,
      highlighted: [...this.highlighted],
      legend: this.legend.states(),
      rects: this.rectCount,
    };
  }

  destroy(): void {
    this.frames.cancel();
    this.detach();
    this.unsubscribe();
    this.resize.disconnect();
    this.root.remove();
  }

  // ---- drawing ----

  private draw(): void {
    const start = performance.now();
    this.spans.sync();
    this.tracks.sync();
    this.arrows.sync();
    this.relayout();
    const dpr = this.resizeCanvases();
    this.updateDeadlock();
    const plotWidth = Math.max(1, this.cssWidth - GUTTER_WIDTH);
    if (this.following) this.scale = TimeScale.fit(0, this.store.endTime, plotWidth);
    else this.scale = this.scale.withWidth(plotWidth);
    this.scrollY = this.clampScroll(this.scrollY);
    const f = this.frame(this.ctx, plotWidth);
    const key = [this.scale.start, this.scale.end, plotWidth, this.cssHeight, dpr, this.scrollY, this.store.eventCount, this.layoutKey, this.theme, this.highlightVersion].join('|');
    if (key !== this.sceneKey) {
      this.sceneKey = key;
      this.drawScene(f);
    }
    this.drawOverlay(this.frame(this.octx, plotWidth));
    this.legend.update([...new Set([...this.spans.stateNames, ...this.tracks.stateNames])], this.paint);
    this.drawTooltip();
    this.frameCount++;
    this.frameMs = performance.now() - start;
  }

  private frame(ctx: CanvasRenderingContext2D, plotWidth: number): Frame {
    return {
      ctx,
      scale: this.scale,
      plotX: GUTTER_WIDTH,
      plotWidth,
      width: this.cssWidth,
      height: this.cssHeight,
      colors: THEMES[this.theme],
      paint: this.paint,
      endTime: this.store.endTime,
      name: (id) => this.store.entity(id)?.name ?? `#${id}`,
    };
  }

  private drawScene(f: Frame): void {
    const { ctx, colors, plotWidth } = f;
    ctx.fillStyle = colors.background;
    ctx.fillRect(0, 0, this.cssWidth, this.cssHeight);
    this.rectCount = 0;
    this.laneRects.clear();
    this.trackDrawn.clear();
    const top = AXIS_HEIGHT - this.scrollY;
    const visible = this.lay.rows.filter((r) => top + r.y + r.height > AXIS_HEIGHT && top + r.y < this.cssHeight);
    // one clip for the rows, one inside it for the plot (a clip per row costs more than the row)
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, AXIS_HEIGHT, this.cssWidth, this.cssHeight - AXIS_HEIGHT);
    ctx.clip();
    for (const r of visible) drawRowFrame(f, r, top + r.y, this.highlighted.has(r.id));
    ctx.beginPath();
    ctx.rect(GUTTER_WIDTH, AXIS_HEIGHT, plotWidth, this.cssHeight - AXIS_HEIGHT);
    ctx.clip();
    for (const r of visible) this.drawRowContent(f, r, top + r.y);
    const laneY = (id: number): number | undefined => this.laneMiddle(id, top);
    drawHighlights(f, this.highlighted, (id) => this.laneBand(id, top));
    if (this.deadlock) drawDeadlock(f, this.store, this.deadlock, (id) => this.laneBand(id, top), laneY);
    this.arrowsDrawn = drawArrows(f, this.store, this.arrows, laneY, colors.arrow);
    ctx.restore();
    drawAxis(f);
    ctx.fillStyle = colors.gutter;
    ctx.fillRect(0, 0, GUTTER_WIDTH, AXIS_HEIGHT);
    if (this.arrowsDrawn.tooDense) {
      // say that arrows are hidden rather than leave them out silently
      ctx.fillStyle = colors.mutedText;
      ctx.font = FONT;
      ctx.textBaseline = 'middle';
      ctx.fillText(`${this.arrowsDrawn.visible.toLocaleString('en')} arrows: zoom in`, 6, AXIS_HEIGHT / 2);
    }
  }

  private drawOverlay(f: Frame): void {
    f.ctx.clearRect(0, 0, this.cssWidth, this.cssHeight);
    // the row under the pointer
    const h = this.hover;
    const row = h && h.y >= AXIS_HEIGHT ? rowAt(this.lay, h.y - AXIS_HEIGHT + this.scrollY) : undefined;
    if (row && row.kind !== 'section') {
      f.ctx.fillStyle = f.colors.hover;
      f.ctx.fillRect(0, AXIS_HEIGHT - this.scrollY + row.y, this.cssWidth, row.height);
    }
    this.cursorX = null;
    if (this.cursorSeq >= 0 && this.cursorSeq < this.store.eventCount) {
      const t = this.store.time(this.cursorSeq);
      this.cursorX = drawCursor(f, t, `${formatNs(t)} · #${this.cursorSeq}`, AXIS_HEIGHT, AXIS_HEIGHT) ?? null;
    }
  }

  /** A row's spans or track, inside the plot. */
  private drawRowContent(f: Frame, r: Row, y: number): void {
    if (r.kind === 'section') return;
    if (r.kind === 'object') {
      const tr = this.tracks.tracks.get(r.id);
      if (tr) this.trackDrawn.set(r.key, drawTrack(f, tr, y, r.height, this.tracks.stateNames));
      return;
    }
    const a = this.laneSpans(r);
    if (!a) return;
    const holder = r.kind === 'core' || r.kind === 'gil';
    const runs = this.runsOf(r.key, a, f.scale, holder);
    const n = holder ? drawHolderRuns(f, runs, y, r.height) : drawStateRuns(f, runs, this.spans.stateNames, y, r.height);
    this.laneRects.set(r.key, n);
    this.rectCount += n;
  }

  private drawTooltip(): void {
    const h = this.hover;
    const pick = h ? this.pickAt(h.x, h.y) : undefined;
    if (!h || !pick) {
      this.tooltipKey = '';
      this.tooltip.style.display = 'none';
      return;
    }
    const key = `${pick.laneId}:${pick.seq}:${pick.state}`;
    if (key !== this.tooltipKey) {
      this.tooltipKey = key;
      this.tooltip.textContent = `${pick.summary}\n${pick.why()}\nevent #${pick.seq}`;
    }
    this.tooltip.style.display = 'block';
    const left = Math.min(h.x + 14, Math.max(0, this.cssWidth - 370));
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${this.legend.element.offsetHeight + h.y + 16}px`;
  }

  // ---- helpers ----

  private runsOf(laneKey: string, a: SpanArray, scale: TimeScale, holder: boolean): PlacedRuns {
    let cached = this.laneRuns.get(laneKey);
    if (!cached) {
      cached = new LaneRuns();
      this.laneRuns.set(laneKey, cached);
    }
    return cached.get(a, this.store.endTime, scale, holder ? -1 : undefined);
  }

  private laneSpans(r: Row): SpanArray | undefined {
    if (r.kind === 'core') return this.spans.cores.get(r.id);
    if (r.kind === 'gil') return this.spans.gil.get(r.id);
    return this.spans.lanes.get(r.id);
  }

  private codeName(r: Row, code: number): string {
    if (r.kind === 'core') return code < 0 ? 'idle' : (this.store.entity(code)?.name ?? `#${code}`);
    if (r.kind === 'gil') return code < 0 ? 'free' : (this.store.entity(code)?.name ?? `#${code}`);
    return this.spans.stateNames[code] ?? '?';
  }

  /** The y and height of a thread's, task's or process's lane on the canvas. */
  private laneBand(id: number, top: number): { y: number; height: number } | undefined {
    const r = this.laneRows.get(id);
    return r ? { y: top + r.y, height: r.height } : undefined;
  }

  private laneMiddle(id: number, top: number): number | undefined {
    const r = this.laneRows.get(id);
    return r ? top + r.y + r.height / 2 : undefined;
  }

  private relayout(): void {
    const entities = this.store.entities();
    const cores = this.coreCount();
    const key = `${entities.length}/${cores}/${[...this.spans.gil.keys()].join(',')}`;
    if (key === this.layoutKey) return;
    this.layoutKey = key;
    this.lay = layout({ entities, cores, gilProcesses: new Set(this.spans.gil.keys()) });
    this.laneRows.clear();
    for (const r of this.lay.rows) if (r.kind === 'thread' || r.kind === 'task' || r.kind === 'process') this.laneRows.set(r.id, r);
  }

  private coreCount(): number {
    const configured = this.store.config?.['cores'];
    let n = typeof configured === 'number' ? configured : 0;
    for (const c of this.spans.cores.keys()) n = Math.max(n, c + 1);
    return n;
  }

  private updateDeadlock(): void {
    const n = this.store.eventCount;
    if (n === this.deadlockCheckedAt) return;
    this.deadlockCheckedAt = n;
    const code = this.store.kindCodeOf('deadlock.cycle');
    if (code < 0 || this.deadlock) return;
    this.deadlock = n > 0 ? stateAt(this.store, n - 1).deadlock : undefined;
  }

  /** Sizes both canvases to their box at the device's pixel ratio; returns the ratio. */
  private resizeCanvases(): number {
    const rect = this.canvas.getBoundingClientRect();
    const dpr = this.canvas.ownerDocument.defaultView?.devicePixelRatio ?? 1;
    const w = Math.max(1, Math.round(rect.width));
    const h = Math.max(1, Math.round(rect.height));
    if (w !== this.cssWidth || h !== this.cssHeight || this.canvas.width !== Math.round(w * dpr)) {
      this.cssWidth = w;
      this.cssHeight = h;
      for (const c of [this.canvas, this.overlay]) {
        c.width = Math.round(w * dpr);
        c.height = Math.round(h * dpr);
      }
      this.sceneKey = '';
    }
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return dpr;
  }

  private clampScroll(y: number): number {
    return Math.max(0, Math.min(y, this.lay.height - (this.cssHeight - AXIS_HEIGHT)));
  }

  private showTime(t: number, at: number): void {
    this.following = false;
    const span = this.scale.span;
    this.scale = TimeScale.of(t - span * at, t + span * (1 - at), this.scale.width).clamped(0, this.store.endTime);
    this.frames.request();
  }

  private pickAt(x: number, y: number): Pick | undefined {
    if (x < GUTTER_WIDTH || y < AXIS_HEIGHT) return undefined;
    const row = rowAt(this.lay, y - AXIS_HEIGHT + this.scrollY);
    if (!row) return undefined;
    return pickAt(this.store, this.spans, this.tracks, row, this.scale.toTime(x - GUTTER_WIDTH));
  }

  private click(x: number, y: number): void {
    this.canvas.focus();
    const pick = this.pickAt(x, y);
    if (!pick) return;
    this.cursorSeq = pick.seq;
    this.frames.request();
    this.options.onCursor?.(pick.seq, this.store.time(pick.seq));
    this.options.onSelect?.({ laneId: pick.laneId, seq: pick.seq, t: pick.t, state: pick.state, why: pick.why() });
  }

  private setHover(x?: number, y?: number): void {
    this.hover = x === undefined || y === undefined ? undefined : { x, y };
    this.frames.request();
  }

  private applyTheme(): void {
    const c = THEMES[this.theme];
    this.root.style.background = c.background;
    this.root.style.color = c.text;
    this.tooltip.style.background = c.gutter;
    this.tooltip.style.color = c.text;
    this.tooltip.style.border = `1px solid ${c.grid}`;
    this.legend.setTheme(c);
  }
}
