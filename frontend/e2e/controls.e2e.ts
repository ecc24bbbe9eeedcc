// The shell's own controls against the real server: cancelling a run, the theme and the
// presenter's large font, the shortcut list.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openApp, screenshot, waitForPhase } from './browser';

const skip = inject('skipReason');

describe.skipIf(skip !== '')(`the controls${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openApp(browser, inject('baseUrl')));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('cancels a run that would not end', async () => {
    await page.evaluate(() => {
      (window as unknown as { __interleave: Record<string, any> }).__interleave.editor.setSource('n = 0\nwhile True:\n    n += 1\n');
    });
    await page.click('button.run');
    await waitForPhase(page, 'running');
    await page.waitForFunction(() => !(document.querySelector('button.cancel') as HTMLButtonElement).disabled);
    await page.keyboard.press('Escape');
    await waitForPhase(page, 'done');
    const summary = await page.evaluate(() => (window as unknown as { __interleave: Record<string, any> }).__interleave.phase().summary);
    expect(summary.ending).toBe('cancelled');
    expect(summary.message).toBe('cancelled by the client');
    expect(await page.textContent('.status')).toContain('exit status 4 (cancelled)');
  });

  it('switches the theme of the page, the code and the timeline together', async () => {
    const read = () =>
      page.evaluate(() => ({
        page: document.documentElement.dataset.theme,
        timeline: (window as unknown as { __interleave: Record<string, any> }).__interleave.drawn().theme as string,
        editorBackground: getComputedStyle(document.querySelector('.cm-editor') as HTMLElement).backgroundColor,
      }));
    const before = await read();
    await page.click('button.theme-toggle');
    await page.waitForFunction((was) => (window as unknown as { __interleave: Record<string, any> }).__interleave.drawn().theme !== was, before.timeline);
    const after = await read();
    expect(after.page).not.toBe(before.page);
    expect(after.timeline).toBe(after.page);
    expect(after.editorBackground).not.toBe(before.editorBackground);
    await screenshot(page, `theme-${after.page}`);
  });

  it('has a large font for projectors, and lists the shortcuts', async () => {
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.keyboard.press('p');
    expect(await size()).toBeGreaterThan(normal * 1.3);
    expect(await page.getAttribute('button.large-toggle', 'aria-pressed')).toBe('true');
    await page.keyboard.press('?');
    expect(await page.isVisible('dialog.help')).toBe(true);
    expect(await page.textContent('dialog.help')).toContain('step back');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('dialog.help')).toBe(false);
  });

  it('makes a link that opens the same program with the same settings and runs it', async () => {
    const source = 'import threading\nt = threading.Thread(target=print, args=("é 世界",))\nt.start()\nt.join()\n';
    await page.evaluate((s) => {
      (window as unknown as { __interleave: Record<string, any> }).__interleave.editor.setSource(s);
    }, source);
    await page.click('.settings-box summary');
    await page.fill('#setting-cores', '3');
    await page.fill('#setting-seed', '42');
    await page.click('button.link-button');
    const url = page.url();
    expect(url).toContain('#source=');

    const other = await openApp(browser, url);
    await waitForPhase(other.page, 'done');
    const seen = await other.page.evaluate(() => {
      const il = (window as unknown as { __interleave: Record<string, any> }).__interleave;
      return {
        source: il.editor.view.state.doc.toString() as string,
        stdout: il.phase().summary.stdout as string,
        cores: (document.querySelector('#setting-cores') as HTMLInputElement).value,
        seed: (document.querySelector('#setting-seed') as HTMLInputElement).value,
        machineCores: (il.store.entities() as { kind: string; cores?: number }[]).find((e) => e.kind === 'process')?.cores,
      };
    });
    expect(seen).toEqual({ source, stdout: 'é 世界\n', cores: '3', seed: '42', machineCores: 3 });
    expect(other.errors).toEqual([]);
    await other.page.close();
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
