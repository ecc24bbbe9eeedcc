// The header: the gallery picker, Run, Run interactively, Cancel, the session's status line, and
// the link, theme, large-font and shortcut buttons.

import type { ScenarioEntry } from '../api';
import type { Mode } from '../protocol';
import { h } from './dom';
import type { Appearance } from './theme';

export interface HeaderActions {
  run(mode: Mode): void;
  cancel(): void;
  scenario(id: string): void;
  link(): void;
  help(): void;
}

export class AppHeader {
  readonly element: HTMLElement;
  readonly status = h('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  readonly cancelButton = h('button', { type: 'button', className: 'cancel', textContent: 'Cancel', title: 'Cancel the run (Esc)' });
  private readonly picker: HTMLSelectElement;

  constructor(scenarios: ScenarioEntry[], appearance: Appearance, actions: HeaderActions, version: Promise<string>) {
    this.picker = h('select', { id: 'scenario', className: 'scenario' }, [
      h('option', { value: '', textContent: 'Your own program' }),
      ...scenarios.map((s) => h('option', { value: s.id, textContent: s.title.en, title: s.summary.en })),
    ]);
    this.picker.addEventListener('change', () => {
      if (this.picker.value) actions.scenario(this.picker.value);
    });
    const button = (className: string, text: string, title: string, act: () => void) => {
      const b = h('button', { type: 'button', className, textContent: text, title });
      b.addEventListener('click', act);
      return b;
    };
    const theme = button('theme-toggle', 'Dark / light', 'Switch the theme (t)', () => appearance.toggleTheme());
    const large = button('large-toggle', 'Large font', 'Presenter mode (p)', () => appearance.toggleLarge());
    const pressed = () => {
      large.setAttribute('aria-pressed', String(appearance.large));
      theme.setAttribute('aria-pressed', String(appearance.theme === 'dark'));
    };
    appearance.onChange(pressed);
    pressed();
    this.cancelButton.addEventListener('click', () => actions.cancel());
    const versionText = h('span', { className: 'version' });
    version.then(
      (v) => (versionText.textContent = `v${v}`),
      () => (versionText.textContent = 'server unreachable'),
    );
    this.element = h('header', { className: 'app-header' }, [
      h('h1', { textContent: 'Interleave' }),
      versionText,
      h('label', { htmlFor: 'scenario', className: 'scenario-label', textContent: 'Scenario' }),
      this.picker,
      button('run primary', 'Run', 'Run the program (Ctrl+Enter)', () => actions.run('record')),
      button('run-interactive', 'Run interactively', 'You pick the thread at every decision (i)', () => actions.run('interactive')),
      this.cancelButton,
      this.status,
      h('span', { className: 'spacer' }),
      button('link-button', 'Link', 'A link that reproduces this run', () => actions.link()),
      theme,
      large,
      button('help-button', 'Keys', 'Keyboard shortcuts (?)', () => actions.help()),
    ]);
  }

  /** Shows the scenario that was loaded (by a link, say) in the picker. */
  showScenario(id: string): void {
    this.picker.value = id;
  }
}
