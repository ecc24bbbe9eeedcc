import { describe, expect, it } from 'vitest';
import type { ConfigField } from '../api';
import { configOf, fromInput, labelOf, shownUnit, toInput } from './settings-model';

const switchInterval: ConfigField = { name: 'switchIntervalNs', type: 'integer', default: 5000000, unit: 'ns', min: 1000, max: 1000000000, description: '' };
const cores: ConfigField = { name: 'cores', type: 'integer', default: 4, unit: 'cores', min: 1, max: 64, description: '' };
const jitter: ConfigField = { name: 'jitter', type: 'number', default: 0.02, unit: 'fraction', min: 0, max: 0.5, description: '' };
const start: ConfigField = { name: 'startMethod', type: 'string', default: 'fork', values: ['fork', 'spawn'], description: '' };
const gil: ConfigField = { name: 'gil', type: 'boolean', default: true, description: '' };

describe('settings model', () => {
  it('shows nanoseconds as milliseconds and reads them back', () => {
    expect(shownUnit(switchInterval)).toBe('ms');
    expect(toInput(switchInterval, 5000000)).toBe('5');
    expect(fromInput(switchInterval, '0.5')).toEqual({ ok: true, value: 500000 });
    expect(fromInput(switchInterval, '0.0001')).toEqual({ ok: false, message: 'switch interval must be at least 0.001 ms' });
  });

  it('checks ranges and kinds', () => {
    expect(fromInput(cores, '2')).toEqual({ ok: true, value: 2 });
    expect(fromInput(cores, '0')).toEqual({ ok: false, message: 'cores must be at least 1 cores' });
    expect(fromInput(cores, '65')).toEqual({ ok: false, message: 'cores must be at most 64 cores' });
    expect(fromInput(cores, '1.5')).toEqual({ ok: false, message: 'cores must be a whole number' });
    expect(fromInput(cores, 'x')).toEqual({ ok: false, message: 'cores must be a number' });
    expect(fromInput(jitter, '0.1')).toEqual({ ok: true, value: 0.1 });
    expect(fromInput(start, 'spawn')).toEqual({ ok: true, value: 'spawn' });
    expect(fromInput(start, 'vfork')).toEqual({ ok: false, message: 'start method must be one of fork, spawn' });
    expect(fromInput(gil, false)).toEqual({ ok: true, value: false });
  });

  it('names fields in words', () => {
    expect(labelOf(switchInterval)).toBe('switch interval');
    expect(labelOf(gil)).toBe('GIL');
    expect(labelOf(start)).toBe('start method');
  });

  it('builds the config of a start message', () => {
    expect(configOf(new Map<string, number | boolean | string>([['cores', 2], ['gil', false]]))).toEqual({ cores: 2, gil: false });
  });
});
