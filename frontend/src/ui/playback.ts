// The cursor over a run's events: step, step back, jump, scrub, and play at a chosen speed. Pure:
// time comes in through tick(ms), so the animation frame loop and the tests drive it alike.

/** Playing speeds, in events per second. */
export const SPEEDS = [1, 2, 5, 10, 25, 50, 100, 250, 1000] as const;
export const DEFAULT_SPEED_INDEX = 3;

export class Playback {
  private seq = -1;
  private length = 0;
  private playingNow = false;
  private speedIndex = DEFAULT_SPEED_INDEX;
  private carry = 0;
  /** Whether the cursor rides the end of a growing trace (until the user moves it). */
  private follow = true;

  constructor(private readonly changed: (seq: number) => void = () => undefined) {}

  get cursor(): number {
    return this.seq;
  }
  get count(): number {
    return this.length;
  }
  get playing(): boolean {
    return this.playingNow;
  }
  get following(): boolean {
    return this.follow;
  }
  get speed(): number {
    return SPEEDS[this.speedIndex] as number;
  }

  /** A new run: nothing to show yet, and the cursor follows the stream again. */
  reset(): void {
    this.length = 0;
    this.playingNow = false;
    this.follow = true;
    this.move(-1);
  }

  /** The trace now holds count events. */
  setLength(count: number): void {
    this.length = count;
    if (this.follow) this.move(count - 1);
    else if (this.seq >= count) this.move(count - 1);
  }

  seek(seq: number): void {
    this.follow = false;
    this.move(this.clamp(seq));
  }

  step(by: number): void {
    this.pause();
    this.seek(this.seq + by);
  }

  toStart(): void {
    this.pause();
    this.seek(0);
  }

  toEnd(): void {
    this.pause();
    this.move(this.length - 1);
    this.follow = true;
  }

  play(): void {
    if (this.length === 0) return;
    if (this.seq >= this.length - 1) this.move(0);
    this.follow = false;
    this.playingNow = true;
    this.carry = 0;
  }

  pause(): void {
    this.playingNow = false;
  }

  toggle(): void {
    if (this.playingNow) this.pause();
    else this.play();
  }

  faster(): void {
    this.speedIndex = Math.min(SPEEDS.length - 1, this.speedIndex + 1);
  }

  slower(): void {
    this.speedIndex = Math.max(0, this.speedIndex - 1);
  }

  setSpeed(eventsPerSecond: number): void {
    const i = SPEEDS.indexOf(eventsPerSecond as (typeof SPEEDS)[number]);
    if (i < 0) throw new Error(`no such speed: ${eventsPerSecond}`);
    this.speedIndex = i;
  }

  /** ms of real time went by: a playing cursor moves on by speed × ms events, stopping at the end. */
  tick(ms: number): void {
    if (!this.playingNow) return;
    this.carry += (ms * this.speed) / 1000;
    const whole = Math.floor(this.carry);
    if (whole === 0) return;
    this.carry -= whole;
    const next = Math.min(this.length - 1, this.seq + whole);
    if (next >= this.length - 1) this.playingNow = false;
    this.move(next);
  }

  private clamp(seq: number): number {
    if (this.length === 0) return -1;
    return Math.max(0, Math.min(this.length - 1, Math.round(seq)));
  }

  private move(seq: number): void {
    if (seq === this.seq) return;
    this.seq = seq;
    this.changed(seq);
  }
}
