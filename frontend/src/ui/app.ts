// The app shell: lays out the code, the timeline, the playback bar and the panels, and wires them
// to the run session and the trace store. One animation frame redraws whatever changed.

import { ApiClient, type Scenario, type ScenarioEntry } from '../api';
import type { DecisionMessage, InspectionMessage, Mode } from '../protocol';
import { TraceStore } from '../trace/store';
import { consoleLines, stateAt, type Deadlock } from '../trace/state';
import { threadColor } from '../timeline/palette';
import { TimelineView } from '../timeline/view';
import { ConsolePanel, type Who } from './console-panel';
import { PlaybackBar } from './controls';
import { DeadlockPanel } from './deadlock-panel';
import { DecisionPanel } from './decision-panel';
import { h, panel } from './dom';
import { CodeEditor } from './editor';
import { AppHeader } from './header';
import { HelpDialog } from './help';
import { decodeLink, encodeLink } from './link';
import { Inspector, type StackStatus } from './inspector';
import { actionFor, type Action } from './keymap';
import { Playback } from './playback';
import { RunSession, socketUrl, type SessionPhase } from './session';
import { SettingsPanel } from './settings';
import { statusText } from './status';
import { SummaryPanel } from './summary-panel';
import { threadMarks } from './thread-marks';
import { Appearance } from './theme';

const STARTER = `import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(3,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
`;

const INSPECT_DELAY_MS = 250;
/** the console shows the last writes up to the cursor, at most this many */
const CONSOLE_LINES = 500;
const CHECK_DELAY_MS = 500;

export async function mountApp(root: HTMLElement, api = new ApiClient()): Promise<void> {
  const [defaults, scenarios] = await Promise.all([api.defaults(), api.scenarios().catch(() => [] as ScenarioEntry[])]);
  new App(root, api, defaults, scenarios);
}

class App {
  private store = new TraceStore();
  private view: TimelineView | undefined;
  private decision: DecisionMessage | undefined;
  private finalDeadlock: Deadlock | undefined;
  private stacks: StackStatus = { kind: 'none' };
  private stacksSupported = true;
  private inspectTimer: ReturnType<typeof setTimeout> | undefined;
  private inspectSeq = -1;
  /** the cursor the panels show */
  private shownSeq = -1;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private lastTick = 0;
  /** thread names at the cursor (after renames) */
  private threadNames = new Map<number, string>();
  private unsubscribe: () => void = () => undefined;

  private readonly appearance = new Appearance();
  private readonly playback = new Playback(() => this.requestRender());
  private readonly session: RunSession;
  private readonly editor: CodeEditor;
  private readonly settings: SettingsPanel;
  private readonly bar: PlaybackBar;
  private readonly consolePanel = new ConsolePanel();
  private readonly inspector = new Inspector();
  private readonly summary = new SummaryPanel();
  private readonly deadlock: DeadlockPanel;
  private readonly decisionPanel: DecisionPanel;
  private readonly help = new HelpDialog();
  private readonly header: AppHeader;
  private readonly problem = h('div', { className: 'problem', hidden: true, attrs: { role: 'alert' } });
  private readonly selection = h('p', { className: 'selection', attrs: { 'aria-live': 'polite' } });
  private readonly timelineBox = h('div', { className: 'timeline-box' });

  readonly who: Who = {
    name: (id) => (id < 0 ? 'machine' : (this.threadNames.get(id) ?? this.store.entity(id)?.name ?? `#${id}`)),
    colour: (id) => (id < 0 ? 'var(--muted)' : threadColor(id)),
  };

  constructor(
    root: HTMLElement,
    private readonly api: ApiClient,
    defaults: Awaited<ReturnType<ApiClient['defaults']>>,
    scenarios: ScenarioEntry[],
  ) {
    this.session = new RunSession(() => new WebSocket(socketUrl(window.location)), {
      phase: (p) => this.phase(p),
      accepted: () => this.newRun(),
      entities: (m) => this.store.addEntities(m),
      events: (m) => this.store.addEvents(m),
      summary: () => this.ended(),
      error: (m) => {
        if (m.code === 'syntax-error' && m.line !== undefined && m.column !== undefined) {
          this.editor.showSyntaxError({ message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });
        }
        this.showProblem(m.traceback ? `${m.message}\n${m.traceback}` : m.message);
      },
      inspection: (m) => this.inspection(m),
      inspectRefused: (m) => {
        this.stacks = { kind: 'refused', message: m.message };
        this.requestRender();
      },
      inspectUnsupported: () => {
        this.stacksSupported = false;
        this.stacks = { kind: 'unsupported' };
        this.requestRender();
      },
    });
    this.editor = new CodeEditor(h('div'), STARTER, () => this.edited());
    this.settings = new SettingsPanel(defaults);
    this.bar = new PlaybackBar((a) => this.act(a), this.playback);
    this.deadlock = new DeadlockPanel({ showLine: (l) => this.editor.goToLine(l), seek: (s) => this.playback.seek(s) });
    this.decisionPanel = new DecisionPanel({ pick: (t) => this.session.pick(t), continueUntil: (u) => this.session.continueUntil(u) });
    this.header = new AppHeader(
      scenarios,
      this.appearance,
      {
        run: (mode) => this.run(mode),
        cancel: () => this.session.cancel(),
        scenario: (id) => void this.loadScenario(id),
        link: () => void this.shareLink(),
        help: () => this.help.open(),
      },
      api.version().then((v) => v.version),
    );
    this.layout(root);
    this.newView();
    this.consolePanel.render([], this.who);
    this.inspector.clear();
    this.summary.clear();
    this.deadlock.clear();
    this.phase(this.session.phase);
    this.appearance.onChange(() => this.themeChanged());
    this.themeChanged();
    // Ctrl+Enter runs even from the editor, whose own keymap would take it first.
    document.addEventListener('keydown', (e) => this.key(e, true), true);
    document.addEventListener('keydown', (e) => this.key(e, false));
    this.expose();
    void this.openLink(window.location.hash);
  }

  /** Loads what the page's link names (a scenario, or a program with its settings) and runs it if asked. */
  private async openLink(hash: string): Promise<void> {
    let link;
    try {
      link = decodeLink(hash);
    } catch (e) {
      this.showProblem(e instanceof Error ? e.message : String(e));
      return;
    }
    if (link.scenario) await this.loadScenario(link.scenario);
    if (link.source !== undefined) this.editor.setSource(link.source);
    if (link.config) this.settings.apply(link.config);
    if (link.run) this.run('record');
  }

  /** Puts a link to this program with these settings in the address bar and the clipboard. */
  private async shareLink(): Promise<void> {
    const settings = this.settings.config();
    if (!settings.ok) {
      this.showProblem(`The machine settings need fixing: ${settings.problems.join('; ')}`);
      return;
    }
    const hash = encodeLink(this.editor.source, settings.config);
    history.replaceState(null, '', `#${hash}`);
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.header.status.textContent = 'A link to this run is in the address bar and the clipboard.';
    } catch {
      this.header.status.textContent = 'A link to this run is in the address bar.';
    }
  }

  private layout(root: HTMLElement): void {
    const code = h('section', { className: 'code', attrs: { 'aria-label': 'Program' } }, [
      this.editor.view.dom,
      h('details', { className: 'settings-box' }, [h('summary', { textContent: 'Machine settings' }), this.settings.element]),
    ]);
    const timeline = h('section', { className: 'timeline-section', attrs: { 'aria-label': 'Timeline' } }, [this.timelineBox, this.selection]);
    const panels = h('div', { className: 'panels' }, [
      panel('decision-panel', 'Your pick', this.decisionPanel.element, 'decision-section'),
      panel('console-panel', 'Console', this.consolePanel.element),
      panel('inspector-panel', 'Inspector', this.inspector.element),
      panel('deadlock-panel', 'Deadlock', this.deadlock.element),
      panel('summary-panel', 'Summary', this.summary.element),
    ]);
    root.replaceChildren(this.header.element, this.problem, h('main', { className: 'workspace' }, [code, timeline, this.bar.element, panels]), this.help.element);
  }

  // ---- runs ----

  private run(mode: Mode): void {
    const settings = this.settings.config();
    if (!settings.ok) {
      this.showProblem(`The machine settings need fixing: ${settings.problems.join('; ')}`);
      return;
    }
    this.showProblem(undefined);
    this.session.start(this.editor.source, settings.config, mode);
  }

  private newRun(): void {
    this.unsubscribe();
    this.store = new TraceStore();
    this.decision = undefined;
    this.finalDeadlock = undefined;
    this.threadNames = new Map();
    this.stacks = { kind: 'none' };
    this.inspectSeq = -1;
    this.playback.reset();
    this.unsubscribe = this.store.onChange(() => {
      this.playback.setLength(this.store.eventCount);
      this.requestRender();
    });
    this.newView();
    this.consolePanel.clear();
    this.summary.clear('Running…');
    this.deadlock.clear();
    this.editor.showSyntaxError(undefined);
    this.selection.textContent = '';
  }

  private newView(): void {
    this.view?.destroy();
    this.timelineBox.replaceChildren();
    this.view = new TimelineView(this.timelineBox, this.store, {
      theme: this.appearance.theme,
      onCursor: (seq) => this.playback.seek(seq),
      onSelect: (info) => {
        const who = info.laneId < 0 ? 'nobody' : this.who.name(info.laneId);
        this.selection.textContent = `${who} at event ${info.seq}: ${info.state}${info.why ? ` — ${info.why}` : ''}`;
      },
    });
  }

  private ended(): void {
    const last = this.store.eventCount - 1;
    this.finalDeadlock = last >= 0 ? stateAt(this.store, last).deadlock : undefined;
  }

  private phase(p: SessionPhase): void {
    this.header.status.textContent = statusText(p);
    this.header.status.dataset.phase = p.name;
    const live = p.name === 'connecting' || p.name === 'submitted' || p.name === 'queued' || p.name === 'running' || p.name === 'deciding';
    this.header.cancelButton.disabled = !live;
    this.decision = p.name === 'deciding' ? p.decision : undefined;
    if (p.name === 'deciding') this.decisionPanel.render(p.decision, this.who);
    else if (p.name === 'running' && p.mode === 'interactive') this.decisionPanel.clear('The machine runs on…');
    else this.decisionPanel.clear();
    if (p.name === 'done') this.summary.render(p.summary);
    if (p.name === 'rejected' && p.error.code !== 'syntax-error') this.summary.clear(p.error.message);
    this.view?.highlight(this.decision ? this.decision.options.map((o) => o.thread) : []);
    this.requestRender();
  }

  private inspection(m: InspectionMessage): void {
    if (m.seq !== this.playback.cursor) return;
    this.stacks = { kind: 'shown', inspection: m };
    this.requestRender();
  }

  private async loadScenario(id: string): Promise<void> {
    try {
      const s: Scenario = await this.api.scenario(id);
      this.editor.setSource(s.source);
      this.settings.apply(s.config);
      this.header.showScenario(id);
      this.showProblem(undefined);
    } catch (e) {
      this.showProblem(`Could not load the scenario ${id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private edited(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      this.api.check(this.editor.source).then(
        (r) => this.editor.showSyntaxError(r.ok ? undefined : { ...r.error, message: `${r.error.type}: ${r.error.message}` }),
        () => undefined,
      );
    }, CHECK_DELAY_MS);
  }

  private showProblem(text: string | undefined): void {
    this.problem.hidden = text === undefined;
    this.problem.textContent = text ?? '';
  }

  // ---- drawing ----

  private requestRender(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame((now) => {
      this.frame = 0;
      const elapsed = this.lastTick === 0 ? 0 : now - this.lastTick;
      this.lastTick = this.playback.playing ? now : 0;
      this.playback.tick(elapsed);
      this.render();
      if (this.playback.playing) this.requestRender();
    });
  }

  private render(): void {
    const seq = this.playback.cursor;
    const state = seq >= 0 ? stateAt(this.store, seq) : undefined;
    this.threadNames = new Map(state?.threads.map((t) => [t.id, t.name]));
    if (this.view && seq >= 0 && this.view.cursor() !== seq) this.view.setCursor(seq);
    this.bar.update(state?.t);
    this.editor.markThreads(threadMarks(state?.threads ?? [], this.decision?.options ?? [], this.who.colour));
    if (seq >= 0 && seq !== this.shownSeq && !this.playback.following) this.editor.reveal(this.store.line(seq));
    this.shownSeq = seq;
    this.consolePanel.render(seq >= 0 ? consoleLines(this.store, seq, CONSOLE_LINES) : [], this.who, CONSOLE_LINES);
    if (state) this.inspector.render(state, this.who, this.stacksAt(seq));
    const d = state?.deadlock ?? this.finalDeadlock;
    if (d) this.deadlock.render(d, state?.deadlock !== undefined, this.who);
    else this.deadlock.clear();
    this.scheduleInspect(seq);
  }

  private stacksAt(seq: number): StackStatus {
    if (!this.stacksSupported) return { kind: 'unsupported' };
    if ((this.stacks.kind === 'shown' && this.stacks.inspection.seq !== seq) || (this.stacks.kind === 'refused' && this.inspectSeq !== seq)) return { kind: 'none' };
    return this.stacks;
  }

  private scheduleInspect(seq: number): void {
    const phase = this.session.phase.name;
    if (!this.stacksSupported || seq < 0 || (phase !== 'done' && phase !== 'deciding') || seq === this.inspectSeq) return;
    clearTimeout(this.inspectTimer);
    this.inspectTimer = setTimeout(() => {
      this.inspectSeq = seq;
      this.stacks = { kind: 'loading' };
      this.session.inspect(seq);
      this.requestRender();
    }, INSPECT_DELAY_MS);
  }

  private themeChanged(): void {
    this.editor.setDark(this.appearance.theme === 'dark');
    this.view?.setTheme(this.appearance.theme);
  }

  // ---- keys ----

  private key(e: KeyboardEvent, capturing: boolean): void {
    if (e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('dialog')) return;
    if (target?.closest('button, a, summary') && (e.key === ' ' || e.key === 'Enter') && !(e.ctrlKey || e.metaKey)) return;
    const inText = !!target?.closest('.cm-editor, input, select, textarea');
    const action = actionFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inText });
    if (!action || capturing !== (action === 'run')) return;
    e.preventDefault();
    e.stopPropagation();
    this.act(action);
  }

  private act(a: Action): void {
    const p = this.playback;
    const view = this.view;
    if (a.startsWith('pick-')) {
      const option = this.decision?.options[Number(a.slice(5)) - 1];
      if (option) this.session.pick(option.thread);
      return;
    }
    switch (a) {
      case 'run': return this.run('record');
      case 'run-interactive': return this.run('interactive');
      case 'cancel': return this.session.cancel();
      case 'play-pause': p.toggle(); break;
      case 'step': p.step(1); break;
      case 'step-back': p.step(-1); break;
      case 'start': p.toStart(); break;
      case 'end': p.toEnd(); break;
      case 'faster': p.faster(); break;
      case 'slower': p.slower(); break;
      case 'fit': view?.fit(); break;
      case 'zoom-in': view?.zoomBy(1.5); break;
      case 'zoom-out': view?.zoomBy(1 / 1.5); break;
      case 'pan-left': view?.panBy(120); break;
      case 'pan-right': view?.panBy(-120); break;
      case 'continue-blocking': return this.session.continueUntil('blocking');
      case 'continue-end': return this.session.continueUntil('end');
      case 'theme': return this.appearance.toggleTheme();
      case 'large-font': return this.appearance.toggleLarge();
      case 'help': return this.help.open();
    }
    this.requestRender();
  }

  /** The test hook the browser tests read (frontend/e2e). */
  private expose(): void {
    const app = this;
    (window as unknown as { __interleave: unknown }).__interleave = {
      get store() {
        return app.store;
      },
      get view() {
        return app.view;
      },
      get playback() {
        return app.playback;
      },
      phase: () => app.session.phase,
      cursor: () => app.playback.cursor,
      state: () => stateAt(app.store, app.playback.cursor),
      drawn: () => app.view?.drawnModel(),
      editor: app.editor,
    };
  }
}
