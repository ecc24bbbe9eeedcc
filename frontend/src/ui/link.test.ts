import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from './link';

describe('run links', () => {
  it('carry the program and the settings there and back, non-ASCII included', () => {
    const source = 'print("héllo, 世界 😀")\n# a + b / c\n';
    const hash = encodeLink(source, { cores: 2, seed: 7, gil: false });
    expect(new URLSearchParams(hash).get('source')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLink(`#${hash}`)).toEqual({ source, config: { cores: 2, seed: 7, gil: false }, run: true });
  });

  it('name a scenario', () => {
    expect(decodeLink('#scenario=deadlock-two-locks')).toEqual({ scenario: 'deadlock-two-locks', run: false });
    expect(decodeLink('')).toEqual({ run: false });
  });

  it('say when they are damaged', () => {
    expect(() => decodeLink('#source=%%%')).toThrow('The link is damaged');
    expect(() => decodeLink(`#config=${btoa('[1]')}`)).toThrow('The link is damaged');
  });
});
