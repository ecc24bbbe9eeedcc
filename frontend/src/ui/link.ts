// Links to one exact run: the program and its machine settings in the page's hash, so a link in
// course notes reproduces the run (a run is a pure function of source, config and seed).
// #scenario=ID names a gallery scenario instead; &run=1 starts the run at once.

import type { RunConfig } from '../protocol';

export interface RunLink {
  scenario?: string;
  source?: string;
  config?: RunConfig;
  run: boolean;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The hash (without '#') for a program and its settings. */
export function encodeLink(source: string, config: RunConfig, run = true): string {
  const params = new URLSearchParams();
  params.set('source', toBase64Url(source));
  params.set('config', toBase64Url(JSON.stringify(config)));
  if (run) params.set('run', '1');
  return params.toString();
}

/** What a hash asks for; throws with a sentence when it is damaged. */
export function decodeLink(hash: string): RunLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const link: RunLink = { run: params.get('run') === '1' };
  const scenario = params.get('scenario');
  if (scenario) link.scenario = scenario;
  const source = params.get('source');
  const config = params.get('config');
  try {
    if (source !== null) link.source = fromBase64Url(source);
    if (config !== null) {
      const parsed: unknown = JSON.parse(fromBase64Url(config));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      link.config = parsed as RunConfig;
    }
  } catch {
    throw new Error('The link is damaged: its program or settings cannot be read.');
  }
  return link;
}
