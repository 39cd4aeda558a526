// The base URL for links Tandem hands out: PUBLIC_URL when set, else the URL of the request.
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

export const publicUrl = (c: Context<AppEnv>): string => c.get('runtime').config.publicUrl ?? new URL(c.req.url).origin;
