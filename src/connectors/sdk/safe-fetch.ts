// The only way a connector talks to a network. Every call has a timeout and a response size cap;
// redirects are followed by hand so each hop is checked again; and hosts that resolve to private,
// loopback, link-local, CGNAT, multicast or ULA addresses are refused unless the channel's
// configuration allowlists them (a self-hosted instance, or a test's loopback server).
//
// DNS rebinding: the address check runs inside the socket's own `lookup` (see
// safe-fetch/pinned-lookup.ts), so the connection goes to the addresses that were checked.
// Sockets are never pooled (`agent: false`): a pooled socket opened for one channel's allowlisted
// host must not be reused by a channel that does not allow it. The cost is one TCP/TLS handshake
// per request, acceptable at publishing and polling rates.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Result } from './result.ts';
import { ok, rejected, transient } from './result.ts';
import { isPublicAddress } from './safe-fetch/address-policy.ts';
import { isHostAllowed, normaliseHost } from './safe-fetch/host-allowlist.ts';
import { pinnedLookup, systemResolver } from './safe-fetch/pinned-lookup.ts';
import type { Resolver } from './safe-fetch/pinned-lookup.ts';

export type SafeFetchPolicy = {
  /** host or host:port entries that may resolve to private or loopback addresses. */
  allowHosts: readonly string[];
  timeoutMs: number;
  maxResponseBytes: number;
  maxRedirects: number;
  /** Injected in tests to play a DNS server; defaults to the system resolver. */
  resolver: Resolver;
};

export type SafeRequest = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Aborting it ends the call with a transient "aborted" error. */
  signal?: AbortSignal;
};

export type SafeResponse = {
  status: number;
  headers: Headers;
  /** The URL that answered, after redirects. */
  url: string;
  body: Buffer;
  text(): string;
  /** Parsed JSON, or undefined when the body is not JSON (never throws). */
  json(): unknown;
};

export type SafeFetch = (url: string | URL, request?: SafeRequest) => Promise<Result<SafeResponse>>;

export const DEFAULT_POLICY: SafeFetchPolicy = {
  allowHosts: [],
  timeoutMs: 15_000,
  maxResponseBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  resolver: systemResolver,
};

type Hop = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
type HopFailure = { failed: 'too_large' } | { failed: 'error'; error: NodeJS.ErrnoException };

function sendOnce(url: URL, request: SafeRequest, policy: SafeFetchPolicy, signal: AbortSignal): Promise<Hop | HopFailure> {
  const allowed = isHostAllowed(url, policy.allowHosts);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const req = client.request(url, {
      method: request.method ?? 'GET',
      headers,
      agent: false,
      signal,
      lookup: pinnedLookup(policy.resolver, !allowed),
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ failed: 'error', error }));
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > policy.maxResponseBytes) {
        req.destroy();
        return resolve({ failed: 'too_large' });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxResponseBytes) {
          req.destroy();
          resolve({ failed: 'too_large' });
        } else chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ failed: 'error', error }));
    });
    req.end(body);
  });
}

export function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  return headers;
}

/** Why a URL may not be called at all (scheme, credentials, a literal private address), or undefined. */
export function refusal(url: URL, policy: Pick<SafeFetchPolicy, 'allowHosts'>): Result<never> | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return rejected(`only http and https URLs are allowed, not ${url.protocol}`, 'invalid_url');
  if (url.username || url.password) return rejected('URLs with credentials are not allowed', 'invalid_url');
  const host = normaliseHost(url.hostname);
  // Literal IPs never go through `lookup`, so they are checked here.
  if (isIP(host) !== 0 && !isPublicAddress(host) && !isHostAllowed(url, policy.allowHosts)) {
    return rejected(`${host} is a private or local address`, 'address_refused');
  }
  return undefined;
}

function failureResult(failure: HopFailure, signal: AbortSignal, timeout: AbortSignal, policy: SafeFetchPolicy): Result<never> {
  if (failure.failed === 'too_large') return rejected(`response larger than ${policy.maxResponseBytes} bytes`, 'response_too_large');
  if (timeout.aborted) return transient(`no complete answer within ${policy.timeoutMs} ms`, 'timeout');
  if (signal.aborted) return transient('request aborted', 'aborted');
  const { code = 'network', message } = failure.error;
  if (code === 'TANDEM_ADDRESS_REFUSED') return rejected(message, 'address_refused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return transient(`host not found: ${message}`, 'dns');
  return transient(`network error (${code})`, 'network');
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createSafeFetch(overrides: Partial<SafeFetchPolicy> = {}): SafeFetch {
  const policy: SafeFetchPolicy = { ...DEFAULT_POLICY, ...overrides };
  return async (input, request = {}) => {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return rejected('not a valid URL', 'invalid_url');
    }
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    let current: SafeRequest = request;
    for (let hop = 0; ; hop++) {
      const refused = refusal(url, policy);
      if (refused) return refused;
      const answer = await sendOnce(url, current, policy, signal);
      if ('failed' in answer) return failureResult(answer, signal, timeout, policy);
      const location = answer.headers.location;
      if (!REDIRECTS.has(answer.status) || location === undefined) {
        const body = answer.body;
        return ok({
          status: answer.status,
          headers: toHeaders(answer.headers),
          url: url.href,
          body,
          text: () => body.toString('utf8'),
          json: () => {
            try {
              return JSON.parse(body.toString('utf8')) as unknown;
            } catch {
              return undefined;
            }
          },
        });
      }
      if (hop >= policy.maxRedirects) return rejected(`more than ${policy.maxRedirects} redirects`, 'too_many_redirects');
      const next = new URL(location, url);
      if (url.protocol === 'https:' && next.protocol === 'http:') return rejected('redirect from https to http refused', 'insecure_redirect');
      current = nextHopRequest(current, answer.status, url.origin === next.origin);
      url = next;
    }
  };
}

// 303 (and 301/302 after a non-GET, as browsers do) turn into a GET without a body; credentials
// never follow a redirect to another origin.
function nextHopRequest(request: SafeRequest, status: number, sameOrigin: boolean): SafeRequest {
  const method = (request.method ?? 'GET').toUpperCase();
  const becomesGet = status === 303 || ((status === 301 || status === 302) && method !== 'GET' && method !== 'HEAD');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (!sameOrigin && (lower === 'authorization' || lower === 'cookie')) continue;
    if (becomesGet && (lower === 'content-type' || lower === 'content-length')) continue;
    headers[name] = value;
  }
  const next: SafeRequest = { ...request, headers, method: becomesGet ? 'GET' : method };
  if (becomesGet) delete next.body;
  return next;
}
