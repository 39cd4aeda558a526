// grammy's Api accepts a `fetch` (ApiClientOptions.fetch), so every Bot API call goes through the
// channel's safe fetch: its timeout, size cap, redirect checks and address policy all apply.
// grammy hands over JSON bodies as strings and multipart uploads as a Node stream; both are read
// into memory here (photos are capped at 10 MB by Telegram anyway).
import type { SafeFetch } from '../sdk/safe-fetch.ts';
import type { ConnectorError } from '../sdk/result.ts';
import { errorFromHttpStatus } from '../sdk/http-errors.ts';

/** Carries safe fetch's typed error through grammy, which wraps it in an HttpError. */
export class SafeFetchFailure extends Error {
  readonly connectorError: ConnectorError;
  constructor(connectorError: ConnectorError) {
    super(connectorError.reason);
    this.connectorError = connectorError;
  }
}

async function bodyBytes(body: unknown): Promise<string | Uint8Array | undefined> {
  if (body === undefined || body === null || typeof body === 'string') return body ?? undefined;
  if (body instanceof Uint8Array) return body;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function plainHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined || headers === null) return {};
  return Object.fromEntries(new Headers(headers as ConstructorParameters<typeof Headers>[0]).entries());
}

// grammy passes an AbortSignal from the abort-controller polyfill, which AbortSignal.any refuses:
// follow it with a native one.
function nativeSignal(signal: unknown): AbortSignal | undefined {
  const polyfill = signal as { aborted?: boolean; addEventListener?(type: 'abort', listener: () => void): void } | undefined;
  if (!polyfill?.addEventListener) return undefined;
  const controller = new AbortController();
  if (polyfill.aborted) controller.abort();
  else polyfill.addEventListener('abort', () => controller.abort());
  return controller.signal;
}

export function fetchThrough(safeFetch: SafeFetch): typeof fetch {
  const adapter = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const body = await bodyBytes(init.body);
    const signal = nativeSignal(init.signal);
    const answer = await safeFetch(input instanceof Request ? input.url : input, {
      method: init.method ?? 'GET',
      headers: plainHeaders(init.headers),
      ...(body !== undefined ? { body } : {}),
      ...(signal ? { signal } : {}),
    });
    if (!answer.ok) throw new SafeFetchFailure(answer.error);
    const { status, headers } = answer.value;
    // The Bot API always answers JSON; a proxy's HTML error page (502 from nginx) is not, and
    // grammy would only say "invalid JSON": classify it by its status instead.
    if (answer.value.json() === undefined) {
      throw new SafeFetchFailure(errorFromHttpStatus(status, headers, `HTTP ${status} without a Bot API answer`) ?? { kind: 'transient', reason: 'the Bot API answered something that is not JSON', code: 'not_json' });
    }
    return new Response(new Uint8Array(answer.value.body), { status, headers });
  };
  return adapter as typeof fetch;
}
