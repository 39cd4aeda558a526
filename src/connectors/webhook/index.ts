// The generic inbound webhook: any system POSTs signed JSON events to /hooks/{channelId}; they
// become inbox items and activities. See README.md for the event shape and the signature.
import { z } from 'zod';
import type { Connector } from '../sdk/manifest.ts';
import { identify } from './identify.ts';
import { fetchInbox } from './inbox.ts';

const configSchema = z.strictObject({});
const postSettingsSchema = z.strictObject({});

export const webhookConnector: Connector<Record<string, never>, Record<string, never>> = {
  manifest: {
    id: 'webhook',
    displayName: 'Webhook',
    capabilities: ['inbox'],
    auth: 'webhook-secret',
    configSchema,
    postSettingsSchema,
    // Nothing is published through a webhook channel; the text limit is the inbound cap on `text`.
    defaultLimits: { text: { maxLength: 20_000, countingRule: 'code-points' }, media: null, dailyPublishCap: null, rateLimits: [] },
  },
  fetchInbox,
  identify,
};
