// A Bluesky channel: the service that hosts the account (bsky.social, or a self-hosted PDS) and
// the web app that post links open in. Every call goes to `service`; see session.ts for why the
// PDS named in the account's DID document is not followed.
import { z } from 'zod';

export const configSchema = z.object({
  service: z
    .url()
    .default('https://bsky.social')
    .meta({ title: 'Hosting server', description: 'The server that hosts your account: https://bsky.social unless you use another host or run your own (PDS)' }),
  webUrl: z.url().default('https://bsky.app').meta({ title: 'Web app URL', description: 'The website that links to your posts open in: https://bsky.app unless you use another app' }),
  allowHosts: z.array(z.string().min(1)).default([]).describe('Only for a PDS you run on a private network: its host or host:port'),
});

export const postSettingsSchema = z.object({
  /** BCP-47 languages of the post (app.bsky.feed.post#langs, at most 3). */
  langs: z.array(z.string().min(2).max(35)).max(3).optional(),
});

export type BlueskyConfig = z.infer<typeof configSchema>;
export type BlueskySettings = z.infer<typeof postSettingsSchema>;

export const postUrl = (config: BlueskyConfig, uri: { host: string; rkey: string }): string =>
  new URL(`/profile/${uri.host}/post/${uri.rkey}`, config.webUrl).href;

export const profileUrl = (config: BlueskyConfig, handle: string): string => new URL(`/profile/${handle}`, config.webUrl).href;
