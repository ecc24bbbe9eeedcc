// The machine settings as the form shows them: nanosecond fields in milliseconds, each input
// checked against the field's range from GET /api/config/defaults before a run is started.

import type { ConfigField } from '../api';
import type { RunConfig } from '../protocol';

export type SettingValue = number | boolean | string;

/** The settings shown first; the others go under "more". */
export const MAIN_SETTINGS: readonly string[] = ['cores', 'gil', 'switchIntervalNs', 'timeSliceNs', 'startMethod', 'seed'];

const NS_PER_MS = 1_000_000;

/** The unit the form shows a field in. */
export function shownUnit(field: ConfigField): string | undefined {
  return field.unit === 'ns' ? 'ms' : field.unit;
}

/** A field's label: its name in words ("switch interval"). */
export function labelOf(field: ConfigField): string {
  const name = field.name.replace(/Ns$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();
  return name === 'gil' ? 'GIL' : name;
}

export function toInput(field: ConfigField, value: SettingValue): string {
  if (field.unit === 'ns' && typeof value === 'number') return String(value / NS_PER_MS);
  return String(value);
}

export type Parsed = { ok: true; value: SettingValue } | { ok: false; message: string };

/** The value an input stands for, or why it is not one. */
export function fromInput(field: ConfigField, input: string | boolean): Parsed {
  if (field.type === 'boolean') return { ok: true, value: input === true || input === 'true' };
  const text = String(input).trim();
  if (field.type === 'string') {
    if (field.values && !field.values.includes(text)) return { ok: false, message: `${labelOf(field)} must be one of ${field.values.join(', ')}` };
    return { ok: true, value: text };
  }
  const shown = Number(text);
  if (text === '' || !Number.isFinite(shown)) return { ok: false, message: `${labelOf(field)} must be a number` };
  const value = field.unit === 'ns' ? Math.round(shown * NS_PER_MS) : shown;
  if (field.type === 'integer' && !Number.isInteger(value)) return { ok: false, message: `${labelOf(field)} must be a whole number` };
  const unit = shownUnit(field) ?? '';
  if (field.min !== undefined && value < field.min) return { ok: false, message: `${labelOf(field)} must be at least ${toInput(field, field.min)} ${unit}`.trim() };
  if (field.max !== undefined && value > field.max) return { ok: false, message: `${labelOf(field)} must be at most ${toInput(field, field.max)} ${unit}`.trim() };
  return { ok: true, value };
}

/** The config of a start message from the settings' values. */
export function configOf(values: ReadonlyMap<string, SettingValue>): RunConfig {
  const config: Record<string, SettingValue> = {};
  for (const [k, v] of values) config[k] = v;
  return config as RunConfig;
}
