// The code editor against the real server: a syntax error is underlined where the server put it,
// settings are checked before a run, and a gallery scenario loads into the editor.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openApp } from './browser';

const skip = inject('skipReason');

describe.skipIf(skip !== '')(`the editor${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    ({ page } = await openApp(browser, inject('baseUrl')));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('underlines a syntax error where the server placed it and says so when run', async () => {
    await page.click('.cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('x = 1\ny = = 2\n');
    await page.waitForSelector('.cm-lintRange-error');
    const marked = await page.evaluate(() => {
      const range = document.querySelector('.cm-lintRange-error');
      return { text: range?.textContent, line: range?.closest('.cm-line')?.textContent };
    });
    expect(marked.line).toBe('y = = 2');
    expect(marked.text).toBe('=');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.problem:not([hidden])');
    expect(await page.textContent('.problem')).toContain('SyntaxError');
  });

  it('refuses settings out of range before starting', async () => {
    await page.click('.settings-box summary');
    await page.fill('#setting-cores', '0');
    await page.click('button.run');
    expect(await page.textContent('.problem')).toContain('cores must be at least 1');
    await page.click('.reset-settings');
    expect(await page.inputValue('#setting-cores')).toBe('4');
  });

  it('loads a scenario from the gallery with its settings', async () => {
    await page.selectOption('#scenario', 'deadlock-two-locks');
    await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent?.includes('left_handed'));
    expect(await page.inputValue('#setting-cores')).toBe('2');
  });
});
