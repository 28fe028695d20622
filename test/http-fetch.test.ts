/**
 * The node:http transport that stands in for fetch (src/tailscale/http-fetch.ts), against real
 * servers on loopback: what a caller reads must be what fetch would have given, and no answer may
 * take unbounded memory.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES, httpFetch } from '../src/tailscale/http-fetch.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

async function serve(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let main: { url: string; server: Server };
let other: { url: string; server: Server };
const seen: Array<{ path: string; method: string; headers: IncomingMessage['headers']; body: string }> = [];

beforeAll(async () => {
  other = await serve((req, res) => {
    res.end(JSON.stringify({ authorization: req.headers.authorization ?? null }));
  });
  main = await serve((req, res, body) => {
    seen.push({ path: req.url!, method: req.method!, headers: req.headers, body });
    const text = '{"ok":"héllo"}';
    switch (req.url) {
      case '/plain':
        res.setHeader('x-one', ['a', 'b']);
        return res.end('\uFEFF' + text);
      case '/gzip':
        res.setHeader('content-encoding', 'gzip');
        return res.end(gzipSync(text));
      case '/deflate':
        res.setHeader('content-encoding', 'deflate');
        return res.end(deflateSync(text));
      case '/deflate-raw':
        res.setHeader('content-encoding', 'deflate');
        return res.end(deflateRawSync(text));
      case '/br':
        res.setHeader('content-encoding', 'br');
        return res.end(brotliCompressSync(text));
      case '/unknown-coding':
        res.setHeader('content-encoding', 'zstd');
        return res.end('garbage');
      case '/bad-gzip':
        res.setHeader('content-encoding', 'gzip');
        return res.end('not gzip at all');
      case '/huge': {
        // Streams past the ceiling; the client must stop reading, not buffer it all.
        const chunk = Buffer.alloc(1 << 20, 0x61);
        let sent = 0;
        const more = (): void => {
          while (sent <= MAX_RESPONSE_BYTES + (4 << 20)) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end();
        };
        res.on('close', () => (sent = Infinity));
        return more();
      }
      case '/see-other':
        res.statusCode = 303;
        res.setHeader('location', '/plain');
        return res.end();
      case '/elsewhere':
        res.statusCode = 307;
        res.setHeader('location', `${other.url}/who`);
        return res.end();
      case '/loop':
        res.statusCode = 302;
        res.setHeader('location', '/loop');
        return res.end();
      case '/slow':
        return void setTimeout(() => res.end('late'), 5_000).unref();
      default:
        res.statusCode = 404;
        return res.end('no');
    }
  });
});

afterAll(async () => {
  main.server.closeAllConnections();
  other.server.closeAllConnections();
  await Promise.all([main, other].map(({ server }) => new Promise((done) => server.close(done))));
});

describe('httpFetch reads answers as fetch would', () => {
  it('decodes UTF-8 without its byte-order mark and joins repeated headers', async () => {
    const res = await httpFetch(`${main.url}/plain`);
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(await res.text()).toBe('{"ok":"héllo"}');
    expect(res.headers.get('X-One')).toBe('a, b');
  });

  it('asks for an unencoded body, and decompresses one the server encodes anyway', async () => {
    seen.length = 0;
    for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br']) {
      expect(await (await httpFetch(`${main.url}${path}`)).text(), path).toBe('{"ok":"héllo"}');
    }
    expect(seen.map((s) => s.headers['accept-encoding'])).toEqual(['identity', 'identity', 'identity', 'identity']);
  });

  it('fails as a network failure on a coding it cannot read or a body that does not decompress', async () => {
    for (const path of ['/unknown-coding', '/bad-gzip']) {
      const err = (await httpFetch(`${main.url}${path}`).catch((e: unknown) => e)) as TypeError & {
        cause: { code?: string };
      };
      expect(err, path).toBeInstanceOf(TypeError);
      expect(err.message).toBe('fetch failed');
      expect(err.cause.code, path).toBeTypeOf('string');
    }
  });

  it(`stops reading an answer larger than ${MAX_RESPONSE_BYTES / 2 ** 20} MiB`, async () => {
    const err = (await httpFetch(`${main.url}/huge`).catch((e: unknown) => e)) as TypeError & {
      cause: { code?: string };
    };
    expect(err).toBeInstanceOf(TypeError);
    expect(err.cause.code).toBe('ERESPONSETOOLARGE');
  });

  it('follows a 303 as a GET without the body, and drops Authorization on another origin', async () => {
    seen.length = 0;
    const res = await httpFetch(`${main.url}/see-other`, {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(await res.text()).toBe('{"ok":"héllo"}');
    expect(seen.map((s) => [s.method, s.path, s.body, s.headers['content-type'] ?? null])).toEqual([
      ['POST', '/see-other', 'x', 'text/plain'],
      ['GET', '/plain', '', null],
    ]);
    const moved = await httpFetch(`${main.url}/elsewhere`, { headers: { authorization: 'Bearer secret' } });
    expect(JSON.parse(await moved.text())).toEqual({ authorization: null });
    expect(moved.url).toBe(`${other.url}/who`);
  });

  it('gives up after 20 redirects, and reports a refused connection with its code', async () => {
    const loop = (await httpFetch(`${main.url}/loop`).catch((e: unknown) => e)) as TypeError;
    expect(loop).toBeInstanceOf(TypeError);
    const closed = await serve(() => undefined);
    const url = closed.url;
    await new Promise((done) => closed.server.close(done));
    const refused = (await httpFetch(`${url}/x`).catch((e: unknown) => e)) as TypeError & { cause: { code?: string } };
    expect(refused).toBeInstanceOf(TypeError);
    expect(refused.cause.code).toBe('ECONNREFUSED');
  });

  it('says when the request is on its way, before the answer is in', async () => {
    const events: string[] = [];
    const answer = httpFetch(`${main.url}/plain`, {
      method: 'POST',
      body: 'the query',
      onSent: () => events.push('sent'),
    }).then((r) => events.push(`answer ${r.status}`));
    expect(events).toEqual([]);
    await answer;
    expect(events).toEqual(['sent', 'answer 200']);
    expect(seen.at(-1)).toMatchObject({ path: '/plain', method: 'POST', body: 'the query' });
  });

  it("rejects with the signal's reason when aborted", async () => {
    const err = (await httpFetch(`${main.url}/slow`, { signal: AbortSignal.timeout(50) }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(err.name).toBe('TimeoutError');
  });
});
