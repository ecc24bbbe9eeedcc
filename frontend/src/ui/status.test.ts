import { describe, expect, it } from 'vitest';
import { statusText } from './status';

describe('statusText', () => {
  it('says what the session does', () => {
    expect(statusText({ name: 'queued', run: 3, position: 1 })).toBe('Waiting for the server: next in line.');
    expect(statusText({ name: 'queued', run: 3, position: 4 })).toBe('Waiting for the server: number 4 in line.');
    expect(statusText({ name: 'running', run: 3, mode: 'interactive' })).toBe('Run 3 (interactive) is running…');
    expect(
      statusText({ name: 'done', run: 3, summary: { type: 'summary', run: 3, exitStatus: 3, ending: 'deadlock', stdout: '', stderr: '', wallMillis: 5 } }),
    ).toBe('Run 3 ended: exit status 3 (deadlock).');
    expect(statusText({ name: 'rejected', error: { type: 'error', code: 'syntax-error', message: "SyntaxError: expected ':'" } })).toBe(
      "Not started: SyntaxError: expected ':'",
    );
  });
});
