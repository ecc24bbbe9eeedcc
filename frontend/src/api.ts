// Typed client for the server's REST API under /api (docs/rest.md): the gallery, the syntax check,
// the machine settings' defaults and the version. Runs go over the WebSocket (ui/session.ts).

import type { RunConfig } from './protocol';

export interface VersionInfo {
  name: string;
  version: string;
}

export interface Texts {
  en: string;
  zh: string;
}

export interface ScenarioEntry {
  id: string;
  title: Texts;
  summary: Texts;
  concepts: string[];
}

export interface Scenario extends ScenarioEntry {
  source: string;
  config: RunConfig;
  exitStatus: number;
}

/** A SyntaxError as POST /api/check reports it (1-based line and column, CPython's). */
export interface SyntaxProblem {
  type: string;
  message: string;
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
  traceback: string;
}

export type CheckResult = { ok: true } | { ok: false; error: SyntaxProblem };

/** One machine setting of GET /api/config/defaults. */
export interface ConfigField {
  name: keyof RunConfig;
  type: 'integer' | 'number' | 'boolean' | 'string';
  default: number | boolean | string;
  unit?: string;
  min?: number;
  max?: number;
  values?: string[];
  cli?: string;
  description: string;
}

export interface ConfigDefaults {
  fields: ConfigField[];
  config: RunConfig;
}

/** An answer the server gave with a non-2xx status; `message` is its JSON `error` text when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function need(condition: boolean, what: string): void {
  if (!condition) throw new Error(`unexpected answer from the server: ${what}`);
}

export function parseVersion(value: unknown): VersionInfo {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.version !== 'string') {
    throw new Error('version response lacks name or version');
  }
  return { name: value.name, version: value.version };
}

export function parseScenarios(value: unknown): ScenarioEntry[] {
  need(Array.isArray(value), 'the scenario list is not an array');
  return (value as unknown[]).map((s) => {
    need(isRecord(s) && typeof s.id === 'string' && isRecord(s.title) && isRecord(s.summary), 'a scenario lacks id, title or summary');
    return s as unknown as ScenarioEntry;
  });
}

export function parseScenario(value: unknown): Scenario {
  need(isRecord(value) && typeof value.source === 'string' && isRecord(value.config), 'the scenario lacks source or config');
  return value as unknown as Scenario;
}

export function parseCheck(value: unknown): CheckResult {
  need(isRecord(value) && typeof value.ok === 'boolean', 'the check has no ok');
  const v = value as Record<string, unknown>;
  if (v.ok === true) return { ok: true };
  const e = v.error;
  need(isRecord(e) && typeof e.line === 'number' && typeof e.column === 'number', 'the syntax error has no line and column');
  return { ok: false, error: e as unknown as SyntaxProblem };
}

export function parseDefaults(value: unknown): ConfigDefaults {
  need(isRecord(value) && Array.isArray(value.fields) && isRecord(value.config), 'the defaults lack fields or config');
  return value as unknown as ConfigDefaults;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  let body: unknown = undefined;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) {
    const message = isRecord(body) && typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  if (body === undefined) throw new ApiError(response.status, 'response is not JSON');
  return body;
}

export class ApiClient {
  constructor(
    private readonly fetchFn: FetchLike = (input, init) => fetch(input, init),
    private readonly base = '',
  ) {}

  private async get(path: string): Promise<unknown> {
    return readJson(await this.fetchFn(`${this.base}${path}`, { headers: { Accept: 'application/json' } }));
  }

  async version(): Promise<VersionInfo> {
    return parseVersion(await this.get('/api/version'));
  }

  async scenarios(): Promise<ScenarioEntry[]> {
    return parseScenarios(await this.get('/api/scenarios'));
  }

  async scenario(id: string): Promise<Scenario> {
    return parseScenario(await this.get(`/api/scenarios/${encodeURIComponent(id)}`));
  }

  async defaults(): Promise<ConfigDefaults> {
    return parseDefaults(await this.get('/api/config/defaults'));
  }

  async check(source: string): Promise<CheckResult> {
    const response = await this.fetchFn(`${this.base}/api/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ source }),
    });
    return parseCheck(await readJson(response));
  }
}
