import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, describeEnding, parseRunResponse, type FetchLike } from './api';

function fakeFetch(status: number, body: string, seen: { url?: string; init?: RequestInit } = {}): FetchLike {
  return async (input, init) => {
    seen.url = input;
    if (init !== undefined) seen.init = init;
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('ApiClient.run', () => {
  it('posts the request as JSON and parses the result', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const body = JSON.stringify({ stdout: 'hi\n', stderr: '', exitStatus: 0, ending: 'FINISHED' });
    const client = new ApiClient(fakeFetch(200, body, seen));

    const result = await client.run({ source: 'print("hi")', seed: 7, cores: 2 });

    expect(result).toEqual({ stdout: 'hi\n', stderr: '', exitStatus: 0, ending: 'FINISHED' });
    expect(seen.url).toBe('/api/run');
    expect(seen.init?.method).toBe('POST');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ source: 'print("hi")', seed: 7, cores: 2 });
  });

  it('turns an error answer into an ApiError carrying the server message', async () => {
    const client = new ApiClient(fakeFetch(413, JSON.stringify({ error: 'source exceeds 262144 bytes' })));

    const failure = client.run({ source: 'x', seed: 0, cores: 1 });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 413, message: 'source exceeds 262144 bytes' });
  });

  it('falls back to the HTTP status when the error body is not JSON', async () => {
    const client = new ApiClient(fakeFetch(502, '<html>bad gateway</html>'));

    await expect(client.run({ source: 'x', seed: 0, cores: 1 })).rejects.toMatchObject({
      status: 502,
      message: 'HTTP 502',
    });
  });
});

describe('ApiClient.version', () => {
  it('reads name and version', async () => {
    const client = new ApiClient(fakeFetch(200, JSON.stringify({ name: 'interleave', version: '0.1.0' })));

    expect(await client.version()).toEqual({ name: 'interleave', version: '0.1.0' });
  });
});

describe('parseRunResponse', () => {
  it('rejects an unknown ending', () => {
    expect(() => parseRunResponse({ stdout: '', stderr: '', exitStatus: 0, ending: 'EXPLODED' })).toThrow(
      /unknown ending EXPLODED/,
    );
  });

  it('rejects a non-integer exit status', () => {
    expect(() => parseRunResponse({ stdout: '', stderr: '', exitStatus: 1.5, ending: 'EXIT' })).toThrow(/exitStatus/);
  });
});

describe('describeEnding', () => {
  it('names the exit status and the reason in words', () => {
    expect(describeEnding({ stdout: '', stderr: '', exitStatus: 3, ending: 'DEADLOCK' })).toBe(
      'exit status 3 (deadlock)',
    );
    expect(describeEnding({ stdout: '', stderr: 'Traceback', exitStatus: 1, ending: 'UNCAUGHT_EXCEPTION' })).toBe(
      'exit status 1 (uncaught exception)',
    );
  });
});
