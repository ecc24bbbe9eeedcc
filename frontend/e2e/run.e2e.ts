// A run in record mode, in the browser against the real server: the timeline draws a lane per
// thread and a track per object of the trace, the console and the inspector follow the cursor.

import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openApp, screenshot, waitForPhase } from './browser';

const skip = inject('skipReason');

describe.skipIf(skip !== '')(`a recorded run${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openApp(browser, `${inject('baseUrl')}/#scenario=condition-bounded-buffer`));
    await page.waitForFunction(() => document.querySelector('#scenario') instanceof HTMLSelectElement && (document.querySelector('#scenario') as HTMLSelectElement).value === 'condition-bounded-buffer');
    await page.click('button.run');
    await waitForPhase(page, 'done');
    // the panels and the timeline draw the end of the run from their next frame on
    await page.waitForFunction(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      return il.drawn()?.cursor?.seq === il.store.eventCount - 1 && document.querySelector('.inspector-threads') !== null;
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws a lane per thread and a track per object of the trace', async () => {
    const seen = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const entities = il.store.entities() as { id: number; kind: string }[];
      const drawn = il.drawn();
      return {
        threads: entities.filter((e) => e.kind === 'thread').map((e) => e.id),
        objects: entities.filter((e) => e.kind !== 'thread' && e.kind !== 'process').map((e) => e.id),
        lanes: (drawn.lanes as { id: number; kind: string; spans: Record<string, number> }[]).filter((l) => l.kind === 'thread'),
        tracks: (drawn.tracks as { id: number }[]).map((t) => t.id),
        cursor: drawn.cursor as { seq: number },
        events: il.store.eventCount as number,
      };
    });
    expect(seen.threads.length).toBeGreaterThan(1);
    expect(seen.lanes.map((l) => l.id)).toEqual(seen.threads);
    for (const lane of seen.lanes) {
      expect(Object.values(lane.spans).reduce((a, b) => a + b, 0), `lane ${lane.id} has spans`).toBeGreaterThan(0);
    }
    expect(seen.tracks.slice().sort((a, b) => a - b)).toEqual(seen.objects);
    expect(seen.cursor.seq).toBe(seen.events - 1);
    const file = await screenshot(page, 'recorded-run');
    expect(existsSync(file)).toBe(true);
  });

  it('shows the program’s output, each line attributed to its thread', async () => {
    const { lines, stdout } = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const rows = [...document.querySelectorAll('.console-line')].map((r) => ({
        who: r.querySelector('.who')?.textContent ?? '',
        text: r.querySelector('.text')?.textContent ?? '',
        actor: Number((r as HTMLElement).dataset.actor),
      }));
      const names = new Map((il.store.entities() as { id: number; name: string }[]).map((e) => [e.id, e.name]));
      return { lines: rows.map((r) => ({ ...r, expected: names.get(r.actor) })), stdout: il.phase().summary.stdout as string };
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((l) => l.text + '\n').join('')).toBe(stdout);
    for (const l of lines) expect(l.who).toBe(l.expected);
  });

  it('steps back and forth; the cursor, the timeline and the inspector follow', async () => {
    const read = () =>
      page.evaluate(() => {
        const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
        const state = il.state() as { seq: number; threads: { id: number; kind: string; state: string; line?: number }[] };
        const rows = [...document.querySelectorAll('.inspector-threads tbody tr')].map((r) => ({
          id: Number((r as HTMLElement).dataset.thread),
          kind: (r as HTMLElement).dataset.kind,
          state: r.querySelector('.state')?.textContent ?? '',
          line: r.querySelector('.line')?.textContent ?? '',
        }));
        return {
          cursor: il.cursor() as number,
          drawnSeq: il.drawn().cursor.seq as number,
          state: state.threads.map((t) => ({ id: t.id, kind: t.kind, state: t.state, line: t.line ? String(t.line) : '' })),
          rows,
          caption: document.querySelector('.inspector-threads caption')?.textContent ?? '',
          scrub: (document.querySelector('.scrub') as HTMLInputElement).value,
        };
      });
    const end = (await read()).cursor;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('.inspector-threads caption')?.textContent?.startsWith('Threads at event 2 '));
    const at2 = await read();
    expect(at2.cursor).toBe(2);
    expect(at2.drawnSeq).toBe(2);
    expect(at2.scrub).toBe('2');
    expect(at2.rows).toEqual(at2.state);

    await page.click('button.ctl-step-back');
    await page.waitForFunction(() => document.querySelector('.inspector-threads caption')?.textContent?.startsWith('Threads at event 1 '));
    expect((await read()).cursor).toBe(1);

    await page.keyboard.press('End');
    await page.waitForFunction((e) => document.querySelector('.inspector-threads caption')?.textContent?.startsWith(`Threads at event ${e} `), end);
    const atEnd = await read();
    expect(atEnd.cursor).toBe(end);
    expect(atEnd.drawnSeq).toBe(end);
    expect(atEnd.rows).toEqual(atEnd.state);
    const threads = atEnd.rows.filter((r) => r.kind === 'thread');
    expect(threads.length).toBe(3);
    expect(threads.map((r) => r.state)).toEqual(['done', 'done', 'done']);
  });

  it('plays at the chosen speed and pauses; the scrubber moves the cursor', async () => {
    const cursor = () => page.evaluate(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.cursor() as number);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    await page.selectOption('select.speed', '100');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(' ');
    await page.waitForFunction(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.cursor() >= 10);
    await page.keyboard.press(' ');
    const paused = await cursor();
    expect(await page.evaluate(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.playback.playing)).toBe(false);
    await page.waitForTimeout(200);
    expect(await cursor()).toBe(paused);

    await page.focus('input.scrub');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((c) => (window as unknown as { __interleave: Record<string, any> }).__interleave.cursor() === c + 2, paused);
    expect(await page.inputValue('input.scrub')).toBe(String(paused + 2));
  });

  it('a click on a lane moves the cursor there and says why the thread is in that state', async () => {
    const target = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const lane = (il.drawn().lanes as { kind: string; label: string; y: number; height: number; onScreen: boolean }[]).find(
        (l) => l.kind === 'thread' && l.label === 'customer' && l.onScreen,
      );
      const canvas = document.querySelector('.timeline-box canvas[tabindex]') as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      return lane && { x: box.left + 170 + (box.width - 170) * 0.4, y: box.top + lane.y + lane.height / 2, before: il.cursor() as number };
    });
    expect(target).toBeTruthy();
    await page.mouse.click(target!.x, target!.y);
    await page.waitForFunction((before) => (window as unknown as { __interleave: Record<string, any> }).__interleave.cursor() !== before, target!.before);
    const seen = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      return {
        cursor: il.cursor() as number,
        drawnSeq: il.drawn().cursor.seq as number,
        selection: document.querySelector('.selection')?.textContent ?? '',
      };
    });
    expect(seen.drawnSeq).toBe(seen.cursor);
    expect(seen.selection).toMatch(new RegExp(`^customer at event ${seen.cursor}: \\S+`));
    await page.waitForFunction((c) => document.querySelector('.inspector-threads caption')?.textContent?.startsWith(`Threads at event ${c} `), seen.cursor);
  });

  it('asks the server for stacks when the cursor rests, and shows them or says it has none', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.inspector-threads caption')?.textContent?.startsWith('Threads at event 40 '));
    const shown = await page.waitForFunction(() => {
      const box = document.querySelector('.stacks');
      if (box?.querySelector('.stacks-at')?.textContent?.startsWith('After event 40 ')) return 'stacks';
      if (box?.textContent?.includes('does not report stacks')) return 'unsupported';
      return false;
    });
    if ((await shown.jsonValue()) === 'unsupported') {
      // a server without inspect: the state from the trace stays
      expect(await page.locator('.inspector-threads tbody tr').count()).toBeGreaterThan(0);
      return;
    }
    // the stacks are the server's replay to the cursor: the threads alive there, by name and state
    const seen = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const threads = (il.state().threads as { id: number; kind: string; name: string; state: string }[]).filter((t) => t.kind === 'thread');
      const stacks = [...document.querySelectorAll('.stack')].map((s) => ({
        id: Number((s as HTMLElement).dataset.thread),
        title: s.querySelector('h4')?.textContent ?? '',
        programFrames: s.querySelectorAll('.frame:not(.library)').length,
      }));
      return { threads, stacks };
    });
    expect(seen.stacks.length).toBeGreaterThan(1);
    for (const stack of seen.stacks) {
      const thread = seen.threads.find((t) => t.id === stack.id);
      expect(thread, `thread ${stack.id} is in the state`).toBeDefined();
      expect(stack.title).toBe(`${thread?.name} (${thread?.state})`);
      expect(stack.programFrames).toBeGreaterThan(0);
    }
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
