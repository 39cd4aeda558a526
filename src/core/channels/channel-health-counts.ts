// The channel health gauge for /metrics, read from the database at scrape time so every process
// (API or worker) reports the same truth.
import { countChannelsByHealth } from '../../db/queries/channels.ts';
import type { Ctx } from '../shared/context.ts';

export const channelHealthCounts = (ctx: Ctx) => countChannelsByHealth(ctx.db, ctx.clock.now());
