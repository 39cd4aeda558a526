// Shapes of the channels API's answers (src/http/routes/channels.ts and connectors.ts).
export type Health = 'ok' | 'needs_reconnect' | 'rate_limited' | 'failing';
export type AuthKind = 'oauth2-pkce' | 'app-password' | 'bot-token' | 'none' | 'webhook-secret';

export type AccountLimits = {
  text: { maxLength: number; countingRule: string };
  media: { maxItems: number; mimeTypes: string[]; maxBytesPerItem: number } | null;
  dailyPublishCap: number | null;
  rateLimits: { requests: number; windowSeconds: number; scope: 'publish' | 'all' }[];
};

export type Channel = {
  id: string;
  network: string;
  displayName: string;
  accountId: string | null;
  accountHandle: string | null;
  config: Record<string, unknown> | null;
  status: 'active' | 'disconnected';
  health: Health;
  healthReason: string | null;
  rateLimitedUntil: string | null;
  limits: AccountLimits | null;
  lastCheckedAt: string | null;
  credentialsExpireAt: string | null;
  createdAt: string;
};

export type CredentialField = { name: string; label: string; secret: boolean };

export type ConnectorInfo = {
  id: string;
  displayName: string;
  capabilities: string[];
  auth: AuthKind;
  configJsonSchema: unknown;
  credentialFields: CredentialField[];
  defaultLimits: AccountLimits;
};

export type ConnectInput = { network: string; displayName?: string; config: Record<string, unknown>; credentials?: Record<string, string> };
