// What the connect form asks for, by auth kind: the fields (and which are secret), the zod schema
// that checks what the user typed, and how it becomes the credentials a connector receives.
// OAuth channels normally connect through the consent flow; pasting an access token works too.
import { z } from 'zod';
import type { AuthKind, Credentials } from '../credentials.ts';

export type CredentialField = { name: string; label: string; secret: boolean };

type Form = { fields: CredentialField[]; schema: z.ZodType<Credentials> };

const text = z.string().trim().min(1).max(4096);

export const credentialForms: Record<AuthKind, Form> = {
  'oauth2-pkce': {
    fields: [{ name: 'accessToken', label: 'Access token', secret: true }],
    schema: z
      .object({ accessToken: text, refreshToken: text.optional(), expiresAt: z.iso.datetime().optional() })
      .strict()
      .transform((c) => ({ kind: 'oauth2-pkce' as const, ...c })),
  },
  'app-password': {
    fields: [
      { name: 'identifier', label: 'Account (handle or e-mail)', secret: false },
      { name: 'password', label: 'App password', secret: true },
    ],
    schema: z.object({ identifier: text, password: text }).strict().transform((c) => ({ kind: 'app-password' as const, ...c })),
  },
  'bot-token': {
    fields: [{ name: 'token', label: 'Bot token', secret: true }],
    schema: z.object({ token: text }).strict().transform((c) => ({ kind: 'bot-token' as const, ...c })),
  },
  none: { fields: [], schema: z.object({}).strict().transform(() => ({ kind: 'none' as const })) },
  'webhook-secret': {
    fields: [{ name: 'secret', label: 'Signing secret (at least 32 characters)', secret: true }],
    schema: z.object({ secret: z.string().min(32).max(4096) }).strict().transform((c) => ({ kind: 'webhook-secret' as const, ...c })),
  },
};

/** Parses what the user typed for this auth kind; the zod error names the field. */
export const parseCredentials = (auth: AuthKind, input: unknown) => credentialForms[auth].schema.safeParse(input ?? {});
