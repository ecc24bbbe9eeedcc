// Interactive mode in the browser against the real server: pick the offered threads until two
// threads taking two locks in opposite order deadlock, then check that the wait-for cycle is shown
// and linked to the code. (The program and settings of the server's WsInteractiveTest: one core,
// a 20 µs switch interval, so the GIL changes hands inside the locked regions.)

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openApp, screenshot, waitForPhase } from './browser';

const skip = inject('skipReason');

const PROGRAM = `import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        for _ in range(3000): pass
        with b:
            print("one")
def two():
    with b:
        for _ in range(3000): pass
        with a:
            print("two")
t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start()
t2.start()
t1.join()
t2.join()
`;

describe.skipIf(skip !== '')(`interactive mode${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let picks = 0;

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openApp(browser, inject('baseUrl')));
    await page.evaluate((source) => {
      (window as unknown as { __interleave: Record<string, any> }).__interleave.editor.setSource(source);
    }, PROGRAM);
    await page.click('.settings-box summary');
    await page.fill('#setting-cores', '1');
    await page.fill('#setting-switchIntervalNs', '0.02');
    await page.fill('#setting-seed', '1');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers the ready threads at each decision, in the code and the lanes, and takes the pick', async () => {
    await page.click('button.run-interactive');
    for (;;) {
      const phase = await waitForPhase(page, 'deciding', 'done');
      if (phase === 'done') break;
      // the timeline and the code show the offered threads from their next frame on
      await page.waitForFunction(() => {
        const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
        const options = il.phase().decision?.options as { line: number }[] | undefined;
        const tags = document.querySelectorAll('.cm-thread-tag.offered').length;
        return (il.drawn().highlighted as number[]).length === options?.length && tags === options.filter((o) => o.line > 0).length;
      });
      const offered = await page.evaluate(() => {
        const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
        const buttons = [...document.querySelectorAll('.decision .pick')].map((b) => Number((b as HTMLElement).dataset.thread));
        const phase = il.phase() as { decision: { options: { thread: number; name: string; line: number }[] } };
        const marked = [...document.querySelectorAll('.cm-thread-tag.offered')].map((t) => Number((t as HTMLElement).dataset.thread));
        return {
          buttons,
          options: phase.decision.options,
          marked,
          highlighted: il.drawn().highlighted as number[],
        };
      });
      const ids = offered.options.map((o) => o.thread);
      expect(offered.buttons).toEqual(ids);
      expect(offered.highlighted.slice().sort()).toEqual(ids.slice().sort());
      const started = offered.options.filter((o) => o.line > 0).map((o) => o.thread);
      expect(offered.marked.slice().sort()).toEqual(started.slice().sort());
      // the locks are taken in turn: "two" on every other pick, else the last option
      const two = offered.options.findIndex((o) => o.name === 'two');
      const index = picks % 2 === 1 && two >= 0 ? two : offered.options.length - 1;
      if (picks % 2 === 0) await page.click(`.decision .pick[data-thread="${ids[index]}"]`);
      else await page.keyboard.press(String(index + 1));
      picks++;
      expect(picks).toBeLessThan(200);
    }
    expect(picks).toBeGreaterThan(0);
  });

  it('ends in the deadlock, and shows its cycle as a graph linked to the source', async () => {
    await page.waitForSelector('.deadlock svg.wait-for.formed');
    await page.waitForFunction(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.drawn()?.deadlock);
    const seen = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const state = il.state();
      return {
        ending: il.phase().summary.ending as string,
        cycle: state.deadlock?.cycle as number[] | undefined,
        drawnCycle: il.drawn().deadlock as number[] | { cycle: number[] } | undefined,
        panelCycle: (document.querySelector('.deadlock') as HTMLElement).dataset.cycle,
        formed: document.querySelector('.deadlock svg.wait-for.formed') !== null,
        edges: [...document.querySelectorAll('.deadlock .edge-link')].map((b) => Number((b as HTMLElement).dataset.line)),
        threadNodes: document.querySelectorAll('.deadlock .node.thread').length,
      };
    });
    expect(seen.ending).toBe('deadlock');
    expect(seen.cycle?.length).toBe(2);
    expect(seen.panelCycle).toBe(seen.cycle?.join(' '));
    const drawn = Array.isArray(seen.drawnCycle) ? seen.drawnCycle : seen.drawnCycle?.cycle;
    expect(drawn?.slice().sort()).toEqual(seen.cycle?.slice().sort());
    expect(seen.formed).toBe(true);
    expect(seen.threadNodes).toBe(2);
    expect(seen.edges.length).toBe(2);
    await screenshot(page, 'interactive-deadlock');

    // before the cycle closes the panel says so, and takes the cursor there
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    await page.waitForSelector('.deadlock .later button');
    expect(await page.isVisible('.deadlock svg.wait-for.formed')).toBe(false);
    await page.click('.deadlock .later button');
    await page.waitForSelector('.deadlock svg.wait-for.formed');
    const closedAt = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      return { cursor: il.cursor() as number, seq: il.state().deadlock?.seq as number, kind: il.store.event(il.cursor()).kind as string };
    });
    expect(closedAt.cursor).toBe(closedAt.seq);
    expect(closedAt.kind).toBe('deadlock.cycle');

    const line = seen.edges[0] as number;
    await page.click('.deadlock .edge-link >> nth=0');
    const selected = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const view = il.editor.view;
      return view.state.doc.lineAt(view.state.selection.main.head).number as number;
    });
    expect(selected).toBe(line);
  });

  it('runs on to the next blocking point, then to the end, when asked', async () => {
    await page.click('button.run-interactive');
    await waitForPhase(page, 'deciding');
    const first = await page.evaluate(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.phase().decision.decision as number);
    await page.click('button.continue-blocking');
    expect(await waitForPhase(page, 'deciding')).toBe('deciding');
    const blocked = await page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      const store = il.store;
      let sawBlock = false;
      for (let i = 0; i < store.eventCount; i++) {
        const e = store.event(i);
        if (e.kind === 'thread.state' && (e.state === 'blocked' || e.state === 'sleeping')) sawBlock = true;
      }
      return { decision: il.phase().decision.decision as number, sawBlock };
    });
    expect(blocked.decision).toBeGreaterThan(first);
    expect(blocked.sawBlock).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('e');
    await waitForPhase(page, 'done');
    expect(await page.evaluate(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.phase().summary.ending)).toMatch(/deadlock|finished/);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
