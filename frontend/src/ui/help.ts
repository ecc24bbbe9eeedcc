// The list of keyboard shortcuts, in a modal dialog (Esc closes it).

import { h } from './dom';
import { SHORTCUTS, keyName } from './keymap';

export class HelpDialog {
  readonly element: HTMLDialogElement;

  constructor() {
    const rows = SHORTCUTS.map((s) =>
      h('tr', {}, [
        h('td', {}, s.action === 'pick-1' ? [h('kbd', { textContent: '1' }), '…', h('kbd', { textContent: '9' })] : s.keys.flatMap((k, i) => [i > 0 ? ' or ' : '', h('kbd', { textContent: keyName(k, s.mod) })])),
        h('td', { textContent: s.label }),
      ]),
    );
    const close = h('button', { type: 'button', textContent: 'Close' });
    this.element = h('dialog', { className: 'help', attrs: { 'aria-labelledby': 'help-title' } }, [
      h('h2', { id: 'help-title', textContent: 'Keyboard shortcuts' }),
      h('table', {}, [h('tbody', {}, rows)]),
      close,
    ]);
    close.addEventListener('click', () => this.element.close());
  }

  open(): void {
    if (!this.element.open) this.element.showModal();
  }
}
