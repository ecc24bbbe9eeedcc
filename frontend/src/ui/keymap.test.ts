import { describe, expect, it } from 'vitest';
import { SHORTCUTS, actionFor, keyName, type KeyPress } from './keymap';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inText: false,
  ...more,
});

describe('keymap', () => {
  it('maps the playback keys', () => {
    expect(actionFor(press(' '))).toBe('play-pause');
    expect(actionFor(press('ArrowRight'))).toBe('step');
    expect(actionFor(press('ArrowLeft'))).toBe('step-back');
    expect(actionFor(press('Home'))).toBe('start');
    expect(actionFor(press('End'))).toBe('end');
    expect(actionFor(press(']'))).toBe('faster');
    expect(actionFor(press('f'))).toBe('fit');
    expect(actionFor(press('?'))).toBe('help');
  });

  it('runs with Ctrl+Enter or ⌘+Enter, even from the editor', () => {
    expect(actionFor(press('Enter', { ctrlKey: true, inText: true }))).toBe('run');
    expect(actionFor(press('Enter', { metaKey: true }))).toBe('run');
    expect(actionFor(press('Enter'))).toBeUndefined();
  });

  it('leaves typing alone', () => {
    expect(actionFor(press('f', { inText: true }))).toBeUndefined();
    expect(actionFor(press(' ', { inText: true }))).toBeUndefined();
    expect(actionFor(press('Escape', { inText: true }))).toBe('cancel');
  });

  it('ignores modified keys it does not know', () => {
    expect(actionFor(press('f', { ctrlKey: true }))).toBeUndefined();
    expect(actionFor(press('f', { altKey: true }))).toBeUndefined();
  });

  it('picks the n-th offered thread with a digit', () => {
    expect(actionFor(press('1'))).toBe('pick-1');
    expect(actionFor(press('7'))).toBe('pick-7');
  });

  it('no key means two things', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const k of s.keys) {
        const id = `${s.mod ? 'mod+' : ''}${k}`;
        expect(seen.get(id), `${id} is bound twice`).toBeUndefined();
        seen.set(id, s.action);
      }
    }
  });

  it('names keys for the help list', () => {
    expect(keyName(' ')).toBe('Space');
    expect(keyName('Enter', true)).toBe('Ctrl+Enter');
    expect(keyName('ArrowLeft')).toBe('←');
  });
});
