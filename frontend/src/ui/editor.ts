// The code: CodeMirror 6 in Python mode. Marks each thread's current line in the thread's colour
// (with its name at the end of the line), outlines the lines of the threads offered at a decision,
// and underlines a syntax error where the server placed it.

import { basicSetup } from 'codemirror';
import { python } from '@codemirror/lang-python';
import { Compartment, EditorState, RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import { oneDark } from '@codemirror/theme-one-dark';
import { textOn } from '../timeline/palette';

export interface ThreadMark {
  line: number;
  thread: number;
  name: string;
  colour: string;
  offered: boolean;
}

export interface SyntaxMark {
  message: string;
  line: number;
  column: number;
  endLine?: number | null | undefined;
  endColumn?: number | null | undefined;
}

const setMarks = StateEffect.define<ThreadMark[]>();

class ThreadTags extends WidgetType {
  constructor(private readonly marks: ThreadMark[]) {
    super();
  }
  override eq(other: ThreadTags): boolean {
    return JSON.stringify(other.marks) === JSON.stringify(this.marks);
  }
  toDOM(): HTMLElement {
    const box = document.createElement('span');
    box.className = 'cm-thread-tags';
    for (const m of this.marks) {
      const tag = document.createElement('span');
      tag.className = m.offered ? 'cm-thread-tag offered' : 'cm-thread-tag';
      tag.style.setProperty('--thread-colour', m.colour);
      tag.style.color = textOn(m.colour);
      tag.textContent = m.name;
      tag.dataset.thread = String(m.thread);
      box.append(tag);
    }
    return box;
  }
}

function decorate(doc: EditorState['doc'], marks: ThreadMark[]): DecorationSet {
  const byLine = new Map<number, ThreadMark[]>();
  for (const m of marks) {
    if (m.line < 1 || m.line > doc.lines) continue;
    const list = byLine.get(m.line) ?? [];
    list.push(m);
    byLine.set(m.line, list);
  }
  const builder = new RangeSetBuilder<Decoration>();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const list = byLine.get(line) as ThreadMark[];
    const l = doc.line(line);
    const first = list[0] as ThreadMark;
    const offered = list.some((m) => m.offered);
    builder.add(
      l.from,
      l.from,
      Decoration.line({
        class: offered ? 'cm-thread-line cm-offered-line' : 'cm-thread-line',
        attributes: { style: `--thread-colour: ${first.colour}`, 'data-threads': list.map((m) => m.thread).join(' ') },
      }),
    );
    builder.add(l.to, l.to, Decoration.widget({ widget: new ThreadTags(list), side: 1 }));
  }
  return builder.finish();
}

const marksField = StateField.define<{ marks: ThreadMark[]; deco: DecorationSet }>({
  create: () => ({ marks: [], deco: Decoration.none }),
  update(value, tr) {
    let marks = value.marks;
    for (const e of tr.effects) if (e.is(setMarks)) marks = e.value;
    if (marks === value.marks && !tr.docChanged) return value;
    return { marks, deco: decorate(tr.state.doc, marks) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

/** Offset in the document of a 1-based line and 1-based column counted in characters (code points). */
export function offsetOf(doc: EditorState['doc'], line: number, column: number): number {
  const l = doc.line(Math.max(1, Math.min(doc.lines, line)));
  let offset = l.from;
  let chars = 1;
  for (const ch of l.text) {
    if (chars >= column) break;
    offset += ch.length;
    chars++;
  }
  return Math.min(offset, l.to);
}

export class CodeEditor {
  readonly view: EditorView;
  private readonly theme = new Compartment();

  constructor(parent: HTMLElement, source: string, onEdit: (source: string) => void) {
    const extensions: Extension[] = [
      basicSetup,
      python(),
      marksField,
      this.theme.of([]),
      EditorView.contentAttributes.of({ 'aria-label': 'Python program' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onEdit(u.state.doc.toString());
      }),
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: source, extensions }) });
  }

  get source(): string {
    return this.view.state.doc.toString();
  }

  setSource(source: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: source } });
  }

  setDark(dark: boolean): void {
    this.view.dispatch({ effects: this.theme.reconfigure(dark ? oneDark : []) });
  }

  markThreads(marks: ThreadMark[]): void {
    this.view.dispatch({ effects: setMarks.of(marks) });
  }

  showSyntaxError(error: SyntaxMark | undefined): void {
    const doc = this.view.state.doc;
    if (!error) {
      this.view.dispatch(setDiagnostics(this.view.state, []));
      return;
    }
    const from = offsetOf(doc, error.line, error.column);
    let to = error.endLine && error.endColumn && error.endColumn > 0 ? offsetOf(doc, error.endLine, error.endColumn) : from + 1;
    if (to <= from) to = Math.min(doc.length, from + 1);
    const at = Math.min(from, Math.max(0, doc.length - 1));
    this.view.dispatch(
      setDiagnostics(this.view.state, [{ from: at, to: Math.max(to, at), severity: 'error', message: error.message, source: 'syntax' }]),
    );
  }

  /** Scrolls a line into view without moving the selection or the focus (the line the cursor's event ran). */
  reveal(line: number): void {
    const doc = this.view.state.doc;
    if (line < 1 || line > doc.lines) return;
    this.view.dispatch({ effects: EditorView.scrollIntoView(doc.line(line).from, { y: 'nearest' }) });
  }

  /** Shows and selects a line (deadlock edges link here). */
  goToLine(line: number): void {
    const doc = this.view.state.doc;
    if (line < 1 || line > doc.lines) return;
    const l = doc.line(line);
    this.view.dispatch({ selection: { anchor: l.from, head: l.to }, scrollIntoView: true });
    this.view.focus();
  }
}
