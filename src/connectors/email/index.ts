// E-mail: send through SMTP (nodemailer), receive through IMAP (imapflow), thread by Message-ID
// and References. See README.md.
import type { Connector } from '../sdk/manifest.ts';
import type { EmailConfig, EmailSettings } from './config.ts';
import { configSchema, postSettingsSchema } from './config.ts';
import { identify } from './identify.ts';
import { fetchInbox } from './inbox.ts';
import { defaultLimits } from './limits.ts';
import { lookupPublished } from './lookup-published.ts';
import { publish } from './publish.ts';
import { reply } from './reply.ts';

export const emailConnector: Connector<EmailConfig, EmailSettings> = {
  manifest: {
    id: 'email',
    displayName: 'E-mail (SMTP and IMAP)',
    capabilities: ['publish', 'thread', 'media', 'inbox', 'reply'],
    auth: 'app-password',
    configSchema,
    postSettingsSchema,
    defaultLimits,
    publishIdempotency: 'read-back',
  },
  publish,
  lookupPublished,
  fetchInbox,
  reply,
  identify,
};
