// The keyboard shortcuts: one table, read by the key handler and by the help list.

export type Action =
  | 'run'
  | 'run-interactive'
  | 'cancel'
  | 'play-pause'
  | 'step'
  | 'step-back'
  | 'start'
  | 'end'
  | 'faster'
  | 'slower'
  | 'fit'
  | 'zoom-in'
  | 'zoom-out'
  | 'pan-left'
  | 'pan-right'
  | 'continue-blocking'
  | 'continue-end'
  | 'theme'
  | 'large-font'
  | 'help'
  | `pick-${number}`;

export interface Shortcut {
  /** KeyboardEvent.key values that trigger it (one of them) */
  keys: readonly string[];
  /** Ctrl (or ⌘) held */
  mod?: boolean;
  /** also while typing in the editor or a field */
  inText?: boolean;
  action: Action;
  label: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Enter'], mod: true, inText: true, action: 'run', label: 'run the program' },
  { keys: ['i'], action: 'run-interactive', label: 'run interactively (you pick the threads)' },
  { keys: ['Escape'], inText: true, action: 'cancel', label: 'cancel the run' },
  { keys: [' ', 'k'], action: 'play-pause', label: 'play or pause' },
  { keys: ['ArrowRight', 'l'], action: 'step', label: 'step to the next event' },
  { keys: ['ArrowLeft', 'j'], action: 'step-back', label: 'step back' },
  { keys: ['Home'], action: 'start', label: 'jump to the start' },
  { keys: ['End'], action: 'end', label: 'jump to the end' },
  { keys: [']'], action: 'faster', label: 'play faster' },
  { keys: ['['], action: 'slower', label: 'play slower' },
  { keys: ['f', '0'], action: 'fit', label: 'fit the timeline to the window' },
  { keys: ['+', '=', 'w'], action: 'zoom-in', label: 'zoom in' },
  { keys: ['-', 's'], action: 'zoom-out', label: 'zoom out' },
  { keys: ['a'], action: 'pan-left', label: 'pan left' },
  { keys: ['d'], action: 'pan-right', label: 'pan right' },
  { keys: ['c'], action: 'continue-blocking', label: 'interactive: run on to the next blocking point' },
  { keys: ['e'], action: 'continue-end', label: 'interactive: run on to the end' },
  { keys: ['t'], action: 'theme', label: 'switch light and dark theme' },
  { keys: ['p'], action: 'large-font', label: 'presenter mode: large font' },
  { keys: ['?'], action: 'help', label: 'show the shortcuts' },
  { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], action: 'pick-1', label: 'interactive: pick the n-th offered thread' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** the key went to the code editor, a text field or a select */
  inText: boolean;
}

/** The action a key press asks for, if any. */
export function actionFor(press: KeyPress): Action | undefined {
  if (press.altKey) return undefined;
  const mod = press.ctrlKey || press.metaKey;
  for (const s of SHORTCUTS) {
    if (!s.keys.includes(press.key) || (s.mod ?? false) !== mod) continue;
    if (press.inText && !s.inText) continue;
    if (s.action === 'pick-1') return `pick-${Number(press.key)}`;
    return s.action;
  }
  return undefined;
}

/** A key as the help list shows it. */
export function keyName(key: string, mod = false): string {
  const names: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc' };
  return (mod ? 'Ctrl+' : '') + (names[key] ?? key);
}
