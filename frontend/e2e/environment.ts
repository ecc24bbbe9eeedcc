// What the browser tests need from the machine: Debian's Chromium and the built jar. When one is
// missing the tests are skipped, and this says why.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface E2eEnvironment {
  chromium: string;
  jar: string;
  java: string;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export function jarPath(): string {
  return resolve(process.env.INTERLEAVE_JAR ?? resolve(import.meta.dirname, '../../backend/target/interleave.jar'));
}

export function javaPath(): string {
  if (process.env.JAVA) return process.env.JAVA;
  if (process.env.JAVA_HOME) return resolve(process.env.JAVA_HOME, 'bin/java');
  return 'java';
}

/** The environment, or why the browser tests cannot run here. */
export function e2eEnvironment(): E2eEnvironment | string {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    return `no Chromium at ${chromium} (install Debian's chromium, or set CHROMIUM to its path)`;
  }
  const jar = jarPath();
  if (!existsSync(jar)) return `no server jar at ${jar} (build it with mvn -DskipTests package, or set INTERLEAVE_JAR)`;
  return { chromium, jar, java: javaPath() };
}
