// Turns any error into application/problem+json with a stable `code` and the request id.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../core/shared/errors.ts';
import type { AppEnv } from './env.ts';

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  requestId: string;
  errors?: { path: string; message: string }[];
  [extra: string]: unknown;
};

export function problem(c: Context<AppEnv>, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  const body: Problem = { type: `https://tandem.dev/problems/${code}`, title: code.replaceAll('_', ' '), status, code, detail, requestId: c.get('requestId'), ...extra };
  return c.body(JSON.stringify(body), status as 400, { 'content-type': 'application/problem+json' });
}

export function onError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) {
    if (err.details?.retryAfterSeconds) c.header('retry-after', String(err.details.retryAfterSeconds));
    return problem(c, err.status, err.code, err.message, err.details ?? {});
  }
  if (err instanceof HTTPException) return problem(c, err.status, err.status === 404 ? 'not_found' : 'http_error', err.message);
  // A malformed JSON body arrives here from the validator.
  if (err instanceof SyntaxError) return problem(c, 400, 'validation_failed', 'The request body is not valid JSON');
  c.get('runtime')?.logger.error({ err, requestId: c.get('requestId') }, 'unhandled error');
  return problem(c, 500, 'internal_error', 'Something went wrong on our side; the request id helps us find it');
}

/** The hook @hono/zod-openapi calls when a request fails validation. */
export function onValidationError(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, c: Context<AppEnv>) {
  if (result.success || !result.error) return;
  const errors = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return problem(c, 400, 'validation_failed', errors.map((e) => `${e.path || 'body'}: ${e.message}`).join('; '), { errors });
}
