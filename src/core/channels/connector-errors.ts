// Connector errors met while connecting become problems with stable codes (channels API contract):
// bad credentials 422 channel_auth_failed, a refusal 422 channel_rejected with the network's
// reason, anything temporary 503 channel_unreachable with Retry-After.
import type { ConnectorError, Result } from '../../connectors/sdk/result.ts';
import { AppError } from '../shared/errors.ts';

export function connectError(error: ConnectorError): AppError {
  switch (error.kind) {
    case 'auth_expired':
      return new AppError('channel_auth_failed', `The network refused these credentials: ${error.reason}`);
    case 'rejected':
      return new AppError('channel_rejected', error.reason);
    case 'rate_limited':
      return new AppError('channel_unreachable', `The network asks to wait: ${error.reason}`, { retryAfterSeconds: error.retryAfterSeconds });
    case 'transient':
      return new AppError('channel_unreachable', `The network could not be reached: ${error.reason}`, { retryAfterSeconds: 30 });
  }
}

/** The value of a connector call made while connecting, or the matching problem. */
export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw connectError(result.error);
  return result.value;
}
