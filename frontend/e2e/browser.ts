// Debian's Chromium through playwright-core, and the helpers every browser test uses.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './environment';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Opens the app, collecting the page's errors so a test can assert there were none. */
export async function openApp(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => 'window' in globalThis && '__interleave' in window);
  return { page, errors };
}

/** Waits until the run session reaches one of the phases, and returns it. */
export async function waitForPhase(page: Page, ...names: string[]): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const phase = (window as unknown as Hook).__interleave.phase().name;
      return wanted.includes(phase) ? phase : false;
    },
    names,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as string;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = resolve(process.env.E2E_OUT ?? resolve(import.meta.dirname, '../../backend/target/e2e'));
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The test hook as the page exposes it (ui/app.ts expose()). */
export interface Hook {
  __interleave: {
    phase(): { name: string };
    cursor(): number;
  };
}
