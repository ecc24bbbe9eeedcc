// The one line that says what the session is doing, for the status bar (aria-live).

import type { SessionPhase } from './session';

export function statusText(p: SessionPhase): string {
  switch (p.name) {
    case 'idle':
      return 'Ready. Press Run (Ctrl+Enter).';
    case 'connecting':
      return 'Connecting to the server…';
    case 'submitted':
      return 'Starting the run…';
    case 'queued':
      return `Waiting for the server: ${p.position === 1 ? 'next in line' : `number ${p.position} in line`}.`;
    case 'running':
      return p.mode === 'interactive' ? `Run ${p.run} (interactive) is running…` : `Run ${p.run} is running…`;
    case 'deciding':
      return `Run ${p.run} waits for you: pick the thread that goes next.`;
    case 'done': {
      const s = p.summary;
      return `Run ${p.run} ended: exit status ${s.exitStatus} (${s.ending.replaceAll('-', ' ')}).`;
    }
    case 'rejected':
      return `Not started: ${p.error.message}`;
    case 'disconnected':
      return `Stopped: ${p.message}.`;
  }
}
