import { describe, expect, it } from 'vitest';
import { Playback } from './playback';

describe('Playback', () => {
  it('follows a growing trace until the user moves the cursor', () => {
    const moves: number[] = [];
    const p = new Playback((s) => moves.push(s));
    p.setLength(10);
    expect(p.cursor).toBe(9);
    p.setLength(20);
    expect(p.cursor).toBe(19);
    p.step(-1);
    p.setLength(30);
    expect(p.cursor).toBe(18);
    expect(p.following).toBe(false);
    p.toEnd();
    p.setLength(40);
    expect(p.cursor).toBe(39);
    expect(moves).toEqual([9, 19, 18, 29, 39]);
  });

  it('steps and seeks within the trace', () => {
    const p = new Playback();
    p.setLength(5);
    p.toStart();
    expect(p.cursor).toBe(0);
    p.step(-1);
    expect(p.cursor).toBe(0);
    p.step(1);
    p.step(1);
    expect(p.cursor).toBe(2);
    p.seek(99);
    expect(p.cursor).toBe(4);
    p.seek(2.6);
    expect(p.cursor).toBe(3);
  });

  it('an empty trace has no cursor', () => {
    const p = new Playback();
    p.seek(3);
    expect(p.cursor).toBe(-1);
    p.play();
    expect(p.playing).toBe(false);
  });

  it('plays at the chosen speed and stops at the end', () => {
    const p = new Playback();
    p.setLength(100);
    p.toStart();
    p.setSpeed(10);
    p.play();
    p.tick(50); // half an event
    expect(p.cursor).toBe(0);
    p.tick(50);
    expect(p.cursor).toBe(1);
    p.tick(1000);
    expect(p.cursor).toBe(11);
    p.faster();
    expect(p.speed).toBe(25);
    p.tick(1000);
    expect(p.cursor).toBe(36);
    p.setSpeed(1000);
    p.tick(1000);
    expect(p.cursor).toBe(99);
    expect(p.playing).toBe(false);
  });

  it('play from the end starts over; a step pauses', () => {
    const p = new Playback();
    p.setLength(3);
    p.play();
    expect(p.cursor).toBe(0);
    expect(p.playing).toBe(true);
    p.step(1);
    expect(p.playing).toBe(false);
    p.toggle();
    expect(p.playing).toBe(true);
    p.toggle();
    expect(p.playing).toBe(false);
  });

  it('speeds stay within the list', () => {
    const p = new Playback();
    for (let i = 0; i < 20; i++) p.slower();
    expect(p.speed).toBe(1);
    for (let i = 0; i < 20; i++) p.faster();
    expect(p.speed).toBe(1000);
    expect(() => p.setSpeed(3)).toThrow('no such speed: 3');
  });

  it('reset empties it', () => {
    const p = new Playback();
    p.setLength(3);
    p.seek(1);
    p.reset();
    expect(p.cursor).toBe(-1);
    expect(p.following).toBe(true);
  });
});
