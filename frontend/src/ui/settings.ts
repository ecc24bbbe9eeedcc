// The machine settings form, built from GET /api/config/defaults: the main settings first, the
// rest under "More settings", a button back to the defaults. A scenario's config fills it in.

import type { ConfigDefaults, ConfigField } from '../api';
import type { RunConfig } from '../protocol';
import { h } from './dom';
import { MAIN_SETTINGS, configOf, fromInput, labelOf, shownUnit, toInput, type SettingValue } from './settings-model';

interface Row {
  field: ConfigField;
  input: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
}

export class SettingsPanel {
  readonly element: HTMLElement;
  private readonly rows: Row[] = [];

  constructor(defaults: ConfigDefaults) {
    const main = h('div', { className: 'settings-grid' });
    const more = h('div', { className: 'settings-grid' });
    for (const field of defaults.fields) {
      const row = this.row(field);
      (MAIN_SETTINGS.includes(field.name) ? main : more).append(row);
    }
    const reset = h('button', { type: 'button', textContent: 'Reset to defaults', className: 'reset-settings' });
    reset.addEventListener('click', () => this.reset());
    this.element = h('form', { className: 'settings', attrs: { 'aria-label': 'Machine settings' } }, [
      main,
      h('details', {}, [h('summary', { textContent: 'More settings' }), more]),
      reset,
    ]);
    this.element.addEventListener('submit', (e) => e.preventDefault());
    this.reset();
  }

  private row(field: ConfigField): HTMLElement {
    const id = `setting-${field.name}`;
    let input: HTMLInputElement | HTMLSelectElement;
    if (field.type === 'boolean') {
      input = h('input', { type: 'checkbox', id });
    } else if (field.values) {
      input = h('select', { id }, field.values.map((v) => h('option', { value: v, textContent: v })));
    } else {
      input = h('input', { type: 'text', id, inputMode: 'decimal', size: 10 });
    }
    const error = h('span', { className: 'setting-error', id: `${id}-error`, attrs: { role: 'alert' } });
    input.setAttribute('aria-describedby', `${id}-error ${id}-help`);
    const row: Row = { field, input, error };
    this.rows.push(row);
    input.addEventListener('change', () => this.check(row));
    const unit = shownUnit(field);
    return h('div', { className: 'setting' }, [
      h('label', { htmlFor: id, textContent: labelOf(field) + (unit && unit !== labelOf(field) ? ` (${unit})` : '') }),
      input,
      h('span', { className: 'setting-help', id: `${id}-help`, textContent: field.description, title: field.description }),
      error,
    ]);
  }

  private check(row: Row): SettingValue | undefined {
    const raw = row.input instanceof HTMLInputElement && row.input.type === 'checkbox' ? row.input.checked : row.input.value;
    const parsed = fromInput(row.field, raw);
    row.error.textContent = parsed.ok ? '' : parsed.message;
    row.input.setAttribute('aria-invalid', String(!parsed.ok));
    return parsed.ok ? parsed.value : undefined;
  }

  private set(row: Row, value: SettingValue): void {
    if (row.input instanceof HTMLInputElement && row.input.type === 'checkbox') row.input.checked = value === true;
    else row.input.value = toInput(row.field, value);
    this.check(row);
  }

  reset(): void {
    for (const row of this.rows) this.set(row, row.field.default);
  }

  /** Fills in a config (a scenario's suggestion); fields it lacks go back to their default. */
  apply(config: RunConfig): void {
    const given = config as Record<string, SettingValue | undefined>;
    for (const row of this.rows) this.set(row, given[row.field.name] ?? row.field.default);
  }

  /** The config to run with, or the messages of the settings that are wrong. */
  config(): { ok: true; config: RunConfig } | { ok: false; problems: string[] } {
    const values = new Map<string, SettingValue>();
    const problems: string[] = [];
    for (const row of this.rows) {
      const v = this.check(row);
      if (v === undefined) problems.push(row.error.textContent ?? row.field.name);
      else values.set(row.field.name, v);
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, config: configOf(values) };
  }
}
