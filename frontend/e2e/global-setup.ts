// Starts one server for every browser test file, or says why the tests are skipped.

import type { TestProject } from 'vitest/node';
import { e2eEnvironment } from './environment';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    skipReason: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = e2eEnvironment();
  if (typeof env === 'string') {
    console.log(`\nbrowser tests skipped: ${env}\n`);
    project.provide('skipReason', env);
    project.provide('baseUrl', '');
    return async () => undefined;
  }
  const running = process.env.E2E_BASE_URL;
  if (running) {
    // a server already up (while developing): npm run e2e with E2E_BASE_URL=http://localhost:8080
    project.provide('skipReason', '');
    project.provide('baseUrl', running);
    return async () => undefined;
  }
  const server = await startServer(env.java, env.jar);
  project.provide('skipReason', '');
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
