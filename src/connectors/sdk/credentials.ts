// Decrypted credentials as a connector receives them, one shape per auth kind. They are sealed at
// rest (ADR 0008); the auth flows that obtain and refresh them come with the channel use-cases.
export const authKinds = ['oauth2-pkce', 'app-password', 'bot-token', 'none', 'webhook-secret'] as const;
export type AuthKind = (typeof authKinds)[number];

export type Credentials =
  | { kind: 'oauth2-pkce'; accessToken: string; refreshToken?: string; expiresAt?: string }
  | { kind: 'app-password'; identifier: string; password: string; session?: string }
  | { kind: 'bot-token'; token: string }
  | { kind: 'none' }
  | { kind: 'webhook-secret'; secret: string };
