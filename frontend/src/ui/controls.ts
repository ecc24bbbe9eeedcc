// The playback bar: jump to start, step back, play/pause, step, jump to end, speed, the scrubber
// over the events, and the timeline's fit and zoom. Every button names its shortcut.

import { h } from './dom';
import type { Action } from './keymap';
import { SPEEDS, type Playback } from './playback';
import { formatNanos } from './format';

export class PlaybackBar {
  readonly element: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly scrub: HTMLInputElement;
  private readonly speed: HTMLSelectElement;
  private readonly position: HTMLOutputElement;
  private readonly buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly act: (a: Action) => void,
    private readonly playback: Playback,
  ) {
    const button = (action: Action, text: string, label: string, key: string) => {
      const b = h('button', { type: 'button', textContent: text, title: `${label} (${key})`, className: `ctl-${action}`, attrs: { 'aria-label': label, 'aria-keyshortcuts': key } });
      b.addEventListener('click', () => this.act(action));
      this.buttons.push(b);
      return b;
    };
    this.playButton = button('play-pause', 'Play ▶', 'Play', 'Space');
    this.scrub = h('input', { type: 'range', min: '0', max: '0', value: '0', className: 'scrub', attrs: { 'aria-label': 'Event at the cursor' } });
    this.scrub.addEventListener('input', () => this.playback.seek(Number(this.scrub.value)));
    this.speed = h('select', { className: 'speed', attrs: { 'aria-label': 'Playing speed, events per second' } }, SPEEDS.map((s) => h('option', { value: String(s), textContent: `${s} ev/s` })));
    this.speed.addEventListener('change', () => this.playback.setSpeed(Number(this.speed.value)));
    this.position = h('output', { className: 'position', attrs: { 'aria-live': 'off' } });
    this.element = h('div', { className: 'playback', attrs: { role: 'toolbar', 'aria-label': 'Playback' } }, [
      button('start', '|◀ Start', 'Jump to the start', 'Home'),
      button('step-back', '◀ Back', 'Step back', 'ArrowLeft'),
      this.playButton,
      button('step', 'Step ▶', 'Step to the next event', 'ArrowRight'),
      button('end', 'End ▶|', 'Jump to the end', 'End'),
      this.speed,
      this.scrub,
      this.position,
      button('fit', 'Fit', 'Fit the timeline to the window', 'f'),
      button('zoom-out', '−', 'Zoom out', '-'),
      button('zoom-in', '+', 'Zoom in', '+'),
    ]);
  }

  update(timeNs: number | undefined): void {
    const p = this.playback;
    this.playButton.textContent = p.playing ? 'Pause ❚❚' : 'Play ▶';
    this.playButton.setAttribute('aria-label', p.playing ? 'Pause' : 'Play');
    this.scrub.max = String(Math.max(0, p.count - 1));
    this.scrub.value = String(Math.max(0, p.cursor));
    this.scrub.disabled = p.count === 0;
    this.scrub.setAttribute('aria-valuetext', p.count === 0 ? 'no events' : `event ${p.cursor} of ${p.count - 1}`);
    this.speed.value = String(p.speed);
    this.position.textContent = p.count === 0 ? 'no events' : `event ${p.cursor} / ${p.count - 1} · t = ${formatNanos(timeNs ?? 0)}`;
    for (const b of this.buttons) b.disabled = p.count === 0;
  }
}
