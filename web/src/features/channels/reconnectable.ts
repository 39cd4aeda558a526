// Whether a channel's connection can be renewed: a feed or an open endpoint has no credentials.
import type { ConnectorInfo } from './types.ts';

export const canReconnect = (connector: ConnectorInfo | undefined): connector is ConnectorInfo => connector?.auth === 'oauth2-pkce' || (connector?.credentialFields.length ?? 0) > 0;
