import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, parseCheck, parseScenarios, type FetchLike } from './api';

function fakeFetch(status: number, body: string, seen: { url?: string; init?: RequestInit } = {}): FetchLike {
  return async (input, init) => {
    seen.url = input;
    if (init !== undefined) seen.init = init;
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('ApiClient', () => {
  it('reads name and version', async () => {
    const client = new ApiClient(fakeFetch(200, JSON.stringify({ name: 'interleave', version: '0.1.0' })));
    expect(await client.version()).toEqual({ name: 'interleave', version: '0.1.0' });
  });

  it('posts a check and reads the syntax error with its place', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const error = { type: 'SyntaxError', message: 'invalid syntax', line: 2, column: 5, endLine: 2, endColumn: 6, text: 'y = = 2\n', traceback: '' };
    const client = new ApiClient(fakeFetch(200, JSON.stringify({ ok: false, error }), seen));

    const result = await client.check('x = 1\ny = = 2\n');

    expect(result).toEqual({ ok: false, error });
    expect(seen.url).toBe('/api/check');
    expect(seen.init?.method).toBe('POST');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ source: 'x = 1\ny = = 2\n' });
  });

  it('asks for one scenario by its id', async () => {
    const seen: { url?: string } = {};
    const body = { id: 'a b', title: { en: 'A', zh: 'A' }, summary: { en: '', zh: '' }, concepts: [], source: 'x\n', config: { cores: 2 }, exitStatus: 0 };
    const client = new ApiClient(fakeFetch(200, JSON.stringify(body), seen));
    expect((await client.scenario('a b')).config).toEqual({ cores: 2 });
    expect(seen.url).toBe('/api/scenarios/a%20b');
  });

  it('turns an error answer into an ApiError carrying the server message', async () => {
    const client = new ApiClient(fakeFetch(404, JSON.stringify({ error: "there is no scenario 'x'" })));
    const failure = client.scenario('x');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, message: "there is no scenario 'x'" });
  });

  it('falls back to the HTTP status when the error body is not JSON', async () => {
    const client = new ApiClient(fakeFetch(502, '<html>bad gateway</html>'));
    await expect(client.defaults()).rejects.toMatchObject({ status: 502, message: 'HTTP 502' });
  });
});

describe('parsers', () => {
  it('refuse answers of the wrong shape', () => {
    expect(() => parseScenarios({})).toThrow(/not an array/);
    expect(() => parseScenarios([{ id: 'x' }])).toThrow(/lacks id, title or summary/);
    expect(() => parseCheck({ ok: false, error: { message: 'x' } })).toThrow(/no line and column/);
    expect(parseCheck({ ok: true })).toEqual({ ok: true });
  });
});
