// Starts the real server (the jar) on a free port and waits until /actuator/health says UP.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/actuator/health`);
    return r.ok && ((await r.json()) as { status?: string }).status === 'UP';
  } catch {
    return false;
  }
}

export async function startServer(java: string, jar: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(java, ['-jar', jar, `--server.port=${port}`, '--interleave.warmup.passes=0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  // never leave the server behind, whatever ends this process
  process.once('exit', () => {
    if (!exited) child.kill('SIGKILL');
  });
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(url))) {
    if (exited) throw new Error(`the server exited before it was healthy:\n${log}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the server was not healthy after ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
