// Typed client for the server's REST API under /api.

export type Ending = 'FINISHED' | 'UNCAUGHT_EXCEPTION' | 'SYNTAX_ERROR' | 'EXIT' | 'DEADLOCK' | 'LIMIT';

export interface RunRequest {
  source: string;
  seed: number;
  cores: number;
}

export interface RunResponse {
  stdout: string;
  stderr: string;
  exitStatus: number;
  ending: Ending;
}

export interface VersionInfo {
  name: string;
  version: string;
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

const ENDINGS: readonly Ending[] = ['FINISHED', 'UNCAUGHT_EXCEPTION', 'SYNTAX_ERROR', 'EXIT', 'DEADLOCK', 'LIMIT'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseRunResponse(value: unknown): RunResponse {
  if (!isRecord(value)) throw new Error('run response is not an object');
  const { stdout, stderr, exitStatus, ending } = value;
  if (typeof stdout !== 'string') throw new Error('run response: stdout is not a string');
  if (typeof stderr !== 'string') throw new Error('run response: stderr is not a string');
  if (typeof exitStatus !== 'number' || !Number.isInteger(exitStatus)) {
    throw new Error('run response: exitStatus is not an integer');
  }
  if (typeof ending !== 'string' || !(ENDINGS as readonly string[]).includes(ending)) {
    throw new Error(`run response: unknown ending ${String(ending)}`);
  }
  return { stdout, stderr, exitStatus, ending: ending as Ending };
}

export function parseVersion(value: unknown): VersionInfo {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.version !== 'string') {
    throw new Error('version response lacks name or version');
  }
  return { name: value.name, version: value.version };
}

/** One line summing up how a run ended, e.g. "exit status 3 (deadlock)". */
export function describeEnding(result: RunResponse): string {
  const why = result.ending.toLowerCase().replaceAll('_', ' ');
  return `exit status ${result.exitStatus} (${why})`;
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

  async version(): Promise<VersionInfo> {
    const response = await this.fetchFn(`${this.base}/api/version`, { headers: { Accept: 'application/json' } });
    return parseVersion(await readJson(response));
  }

  async run(request: RunRequest): Promise<RunResponse> {
    const response = await this.fetchFn(`${this.base}/api/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
    });
    return parseRunResponse(await readJson(response));
  }
}
