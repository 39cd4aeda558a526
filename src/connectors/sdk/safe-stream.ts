// A long-lived GET for push streams (server-sent events), with the same address rules as safe
// fetch: the host allowlist, and addresses checked inside the socket's own lookup (no DNS
// rebinding). What differs: the body is handed over as it arrives instead of buffered, only the
// wait for the answer's headers is timed (a stream may rightly stay open for hours), and
// redirects are refused rather than followed. An error answer's body (capped) is read for its reason.
import http from 'node:http';
import https from 'node:https';
import type { Result } from './result.ts';
import { ok, rejected, transient } from './result.ts';
import { refusal, toHeaders } from './safe-fetch.ts';
import { isHostAllowed } from './safe-fetch/host-allowlist.ts';
import { pinnedLookup, systemResolver, type Resolver } from './safe-fetch/pinned-lookup.ts';

export type StreamPolicy = { allowHosts: readonly string[]; connectTimeoutMs: number; resolver: Resolver };

export type StreamRequest = { headers?: Record<string, string>; signal: AbortSignal };

export type StreamAnswer = {
  status: number;
  headers: Headers;
  /** The body as it arrives; ends when the network closes the stream or the signal aborts it. */
  body: AsyncIterable<Buffer>;
  /** For an answer that is not 2xx: the start of its body (the stream is closed). */
  errorText: string;
};

export type SafeStream = (url: string | URL, request: StreamRequest) => Promise<Result<StreamAnswer>>;

const ERROR_BODY_MAX = 16 * 1024;

async function readCapped(res: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= ERROR_BODY_MAX) break;
  }
  res.destroy();
  return Buffer.concat(chunks).toString('utf8').slice(0, ERROR_BODY_MAX);
}

export function createSafeStream(overrides: Partial<StreamPolicy> = {}): SafeStream {
  const policy: StreamPolicy = { allowHosts: [], connectTimeoutMs: 15_000, resolver: systemResolver, ...overrides };
  return async (input, request) => {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return rejected('not a valid URL', 'invalid_url');
    }
    const refused = refusal(url, policy);
    if (refused) return refused;
    const allowed = isHostAllowed(url, policy.allowHosts);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const req = client.request(url, { method: 'GET', headers: request.headers, agent: false, signal: request.signal, lookup: pinnedLookup(policy.resolver, !allowed) });
      const timer = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'TANDEM_TIMEOUT' })), policy.connectTimeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (request.signal.aborted) resolve(transient('stream aborted', 'aborted'));
        else if (error.code === 'TANDEM_ADDRESS_REFUSED') resolve(rejected(error.message, 'address_refused'));
        else if (error.code === 'TANDEM_TIMEOUT') resolve(transient(`no answer within ${policy.connectTimeoutMs} ms`, 'timeout'));
        else resolve(transient(`network error (${error.code ?? 'network'})`, 'network'));
      });
      req.on('response', (res) => {
        clearTimeout(timer);
        const status = res.statusCode ?? 0;
        const headers = toHeaders(res.headers);
        // An ended or aborted stream just ends the iteration; the caller decides what that means.
        res.on('error', () => {});
        if (status >= 300 && status < 400) {
          res.destroy();
          resolve(rejected(`the stream answered a redirect (${status}); streams do not follow redirects`, 'redirect'));
        } else if (status >= 300 || status < 200) {
          void readCapped(res).then((errorText) => resolve(ok({ status, headers, body: (async function* () {})(), errorText })));
        } else {
          resolve(ok({ status, headers, body: res as AsyncIterable<Buffer>, errorText: '' }));
        }
      });
      req.end();
    });
  };
}
