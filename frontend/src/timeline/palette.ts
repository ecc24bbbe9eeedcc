// Colours of the timeline for the light and dark themes. Lane states use the Okabe–Ito palette
// (safe for the common colour blindnesses) and, for the waiting states, a pattern as well, so no
// state is told by its hue alone. Threads get colours of their own (Paul Tol's "muted" set) for
// the core lanes, the GIL and lock holders; the shell can use threadColor for the code and console.

export type Theme = 'light' | 'dark';
export type PatternKind = 'solid' | 'hatch' | 'dots' | 'lines' | 'cross' | 'thin';

export interface StateStyle {
  label: string;
  color: string;
  pattern: PatternKind;
}

/** The states the engine writes (docs/trace.md) and the ones processes and tasks add. */
export const STATE_STYLES: Record<string, StateStyle> = {
  running: { label: 'running', color: '#009E73', pattern: 'solid' },
  ready: { label: 'ready (waiting for a core)', color: '#56B4E9', pattern: 'solid' },
  'gil-wait': { label: 'waiting for the GIL', color: '#E69F00', pattern: 'dots' },
  blocked: { label: 'blocked on an object', color: '#D55E00', pattern: 'hatch' },
  sleeping: { label: 'sleeping', color: '#0072B2', pattern: 'lines' },
  io: { label: 'in IO', color: '#0072B2', pattern: 'lines' },
  waiting: { label: 'waiting for a child', color: '#CC79A7', pattern: 'hatch' },
  created: { label: 'created, not started', color: '#BBBBBB', pattern: 'thin' },
  alive: { label: 'alive', color: '#BBBBBB', pattern: 'thin' },
  exited: { label: 'exited', color: '#CC79A7', pattern: 'thin' },
  done: { label: 'done', color: '#888888', pattern: 'thin' },
  'cut-off': { label: 'cut off (daemon at exit)', color: '#666666', pattern: 'cross' },
  zombie: { label: 'zombie (exited, not reaped)', color: '#CC79A7', pattern: 'cross' },
  pending: { label: 'pending (a future not started)', color: '#56B4E9', pattern: 'dots' },
  finished: { label: 'finished', color: '#888888', pattern: 'thin' },
  cancelled: { label: 'cancelled', color: '#666666', pattern: 'cross' },
};

const UNKNOWN: StateStyle = { label: '', color: '#999999', pattern: 'solid' };

export function stateStyle(state: string): StateStyle {
  return STATE_STYLES[state] ?? { ...UNKNOWN, label: state };
}

const THREAD_COLORS = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'];

/** A thread's (or task's, or process's) own colour, by its entity id. */
export function threadColor(id: number): string {
  return THREAD_COLORS[((id % THREAD_COLORS.length) + THREAD_COLORS.length) % THREAD_COLORS.length] as string;
}

/** Text on a thread colour: dark on the light ones. */
export function textOn(color: string): string {
  const n = parseInt(color.slice(1), 16);
  const luma = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luma > 150 ? '#000000' : '#FFFFFF';
}

export interface ThemeColors {
  background: string;
  gutter: string;
  text: string;
  mutedText: string;
  grid: string;
  rowAlt: string;
  section: string;
  cursor: string;
  arrow: string;
  deadlock: string;
  highlight: string;
  /** the outline of a highlighted lane (the threads offered at a decision) */
  highlightEdge: string;
  hover: string;
  chart: string;
  chartFill: string;
}

export const THEMES: Record<Theme, ThemeColors> = {
  light: {
    background: '#FFFFFF',
    gutter: '#F4F5F7',
    text: '#1B1F24',
    mutedText: '#57606A',
    grid: 'rgba(27,31,36,0.10)',
    rowAlt: 'rgba(27,31,36,0.03)',
    section: '#E6E8EB',
    cursor: '#000000',
    arrow: 'rgba(27,31,36,0.75)',
    deadlock: '#D00000',
    highlight: 'rgba(240,228,66,0.45)',
    highlightEdge: '#B8860B',
    hover: 'rgba(0,114,178,0.10)',
    chart: '#0072B2',
    chartFill: 'rgba(0,114,178,0.25)',
  },
  dark: {
    background: '#16181C',
    gutter: '#1F2228',
    text: '#E6E8EB',
    mutedText: '#9BA3AE',
    grid: 'rgba(230,232,235,0.12)',
    rowAlt: 'rgba(230,232,235,0.04)',
    section: '#2A2E35',
    cursor: '#FFFFFF',
    arrow: 'rgba(230,232,235,0.8)',
    deadlock: '#FF5A5A',
    highlight: 'rgba(240,228,66,0.35)',
    highlightEdge: '#F0E442',
    hover: 'rgba(86,180,233,0.15)',
    chart: '#56B4E9',
    chartFill: 'rgba(86,180,233,0.25)',
  },
};
