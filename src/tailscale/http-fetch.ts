/**
 * The part of `fetch` the Tailscale transport and the thin GitHub request use, on node:http and
 * node:https: a method, string headers, a string body and an abort signal in; the status, the
 * headers' `get` and iteration, and `text()` out.
 *
 * Why not Node's global fetch: its first call loads and compiles Node's bundled undici (about
 * 30 ms of an apply on the build machine), and every request then goes through web streams.
 * An apply sends a handful of small requests; node:http is already part of Node's start-up.
 *
 * What a caller sees is fetch's: a network failure rejects with `TypeError('fetch failed')` whose
 * `cause` is the system error (its `code` is what the transport reports), an abort rejects with
 * the signal's reason (`TimeoutError` for AbortSignal.timeout), redirects are followed as fetch
 * follows them (at most 20; 303, and 301/302 after a POST, become a GET; the Authorization header
 * is not carried to another origin), the body is decoded as UTF-8 without its byte-order mark,
 * repeated headers are joined with ", ". Connections are kept alive (Node's global agents) and do
 * not hold the process open when idle. Bodies are asked for unencoded (`accept-encoding:
 * identity`), and one a server compresses all the same (gzip, deflate, br) is decompressed. An
 * answer larger than MAX_RESPONSE_BYTES is cut off and fails as a network failure whose code is
 * ERESPONSETOOLARGE: no API answer tailpolicy reads comes near it, and memory stays bounded.
 *
 * `fetchFor` picks it, or the global fetch when Node is told to honour proxy variables
 * (NODE_USE_ENV_PROXY): then the global fetch is the one that knows the proxy.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type * as Https from 'node:https';
import { builtin } from '../shared/builtin.js';

/**
 * The largest answer read: Tailscale's policy is at most 10 MiB (shared/reference), and a page of
 * GitHub's REST or GraphQL answers is far smaller.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

interface Init {
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
  signal?: AbortSignal;
  /**
   * Called once the request (the first, before any redirect) has been handed to the operating
   * system whole, so a caller can do other work while the server answers. Not fetch's: the global
   * fetch ignores it (see api-request.ts, which calls it when the answer is in).
   */
  onSent?: () => void;
}

/** Response headers with fetch's reading: `get` by any case, iteration sorted by lower-case name. */
class ResponseHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: readonly string[]) {
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const had = this.map.get(name);
      this.map.set(name, had === undefined ? raw[i + 1]! : `${had}, ${raw[i + 1]!}`);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  *entries(): IterableIterator<[string, string]> {
    yield* [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(fn: (value: string, name: string) => void): void {
    for (const [name, value] of this.entries()) fn(value, name);
  }
}

interface LightResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  headers: Headers;
  text(): Promise<string>;
}

const MAX_REDIRECTS = 20;

function failed(cause: unknown): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause });
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

/** One exchange (no redirects): resolves once the whole body is in. */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
  onSent?: () => void,
): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // node:https (with TLS and node:crypto, 27 of Node's modules) is loaded for the first https URL only.
    const send =
      url.protocol === 'https:'
        ? builtin<typeof Https>('node:https').request
        : url.protocol === 'http:'
          ? httpRequest
          : undefined;
    if (!send) return reject(failed(new Error(`unsupported protocol ${url.protocol}`)));
    let settled = false;
    const finish = (e: unknown, value?: { res: IncomingMessage; body: Buffer }) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (e === undefined) resolve(value!);
      else reject(e);
    };
    const onAbort = () => {
      finish(signal!.reason);
      req.destroy();
    };
    const req = send(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_RESPONSE_BYTES) {
          const e = new Error(`the answer is larger than ${MAX_RESPONSE_BYTES / 2 ** 20} MiB`);
          finish(failed(Object.assign(e, { code: 'ERESPONSETOOLARGE' })));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => finish(undefined, { res, body: Buffer.concat(chunks) }));
      res.on('error', (e) => finish(failed(e)));
      res.on('aborted', () => finish(failed(Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }))));
    });
    req.on('error', (e) => finish(failed(e)));
    if (onSent) req.once('finish', onSent);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.end(body);
  });
}

const decoder = new TextDecoder();

/**
 * The body as sent before any content coding the server applied although it was asked not to.
 * zlib is loaded only then. A coding it does not know, or a body that does not decompress, or one
 * that decompresses past MAX_RESPONSE_BYTES, fails as a network failure would.
 */
function decoded(data: Buffer, encoding: string | undefined): Buffer {
  const codings = (encoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length === 0) return data;
  const zlib = builtin<typeof import('node:zlib')>('node:zlib');
  const opts = { maxOutputLength: MAX_RESPONSE_BYTES };
  let out = data;
  for (const coding of codings.reverse()) {
    try {
      if (coding === 'gzip' || coding === 'x-gzip') out = zlib.gunzipSync(out, opts);
      else if (coding === 'deflate')
        out = out[0]! % 16 === 8 ? zlib.inflateSync(out, opts) : zlib.inflateRawSync(out, opts);
      else if (coding === 'br') out = zlib.brotliDecompressSync(out, opts);
      else
        throw Object.assign(new Error(`the answer is in a content coding tailpolicy cannot read: ${coding}`), {
          code: 'EUNKNOWNCODING',
        });
    } catch (e) {
      throw failed(e);
    }
  }
  return out;
}

export async function httpFetch(input: string | URL, init: Init = {}): Promise<LightResponse> {
  let url = new URL(String(input));
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body ?? undefined;
  let headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (!hasHeader(headers, 'accept')) headers.accept = '*/*';
  if (!hasHeader(headers, 'accept-encoding')) headers['accept-encoding'] = 'identity';
  if (body !== undefined && !hasHeader(headers, 'content-type')) headers['content-type'] = 'text/plain;charset=UTF-8';
  for (let redirects = 0; ; redirects++) {
    const { res, body: data } = await exchange(
      url,
      method,
      headers,
      body,
      init.signal,
      redirects === 0 ? init.onSent : undefined,
    );
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(status) && location) {
      if (redirects >= MAX_REDIRECTS) throw failed(new Error('redirect count exceeded'));
      const next = new URL(location, url);
      if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        headers = Object.fromEntries(
          Object.entries(headers).filter(([k]) => !/^content-(type|length|encoding|language|location)$/i.test(k)),
        );
      }
      if (next.origin !== url.origin)
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie)$/i.test(k)));
      url = next;
      continue;
    }
    const text = decoder.decode(decoded(data, res.headers['content-encoding']));
    return {
      status,
      statusText: res.statusMessage ?? '',
      ok: status >= 200 && status < 300,
      url: url.href,
      headers: new ResponseHeaders(res.rawHeaders) as unknown as Headers,
      text: () => Promise.resolve(text),
    };
  }
}

/**
 * The fetch a client uses by default: this one, or Node's own when NODE_USE_ENV_PROXY asks Node
 * to send requests through the proxy the environment names.
 */
export function defaultFetch(env: NodeJS.ProcessEnv = process.env): typeof globalThis.fetch {
  const proxied = /^(1|true)$/i.test(env.NODE_USE_ENV_PROXY ?? '') || /--use-env-proxy/.test(env.NODE_OPTIONS ?? '');
  return proxied ? globalThis.fetch : (httpFetch as unknown as typeof globalThis.fetch);
}
