// One CSV row against the workspace: every problem with it, each with the row, the field, a
// stable code and a message for the person who wrote the file; or, when there is none, the post
// it stands for. Pure: the caller loads channels and campaigns once for the whole file.
import { accountLimitsSchema } from '../../../connectors/sdk/limits.ts';
import type { ImportRowError } from '../../../db/schema/automation.ts';
import { validateVariant } from '../validate-variant.ts';
import type { ImportField, ImportRow } from './parse-import-file.ts';
import { parseRowTime } from './parse-row-time.ts';

export type ImportChannel = { id: string; displayName: string; network: string; status: string; limits: unknown; canPublish: boolean };
export type ImportCampaign = { id: string; name: string };

export type ImportContext = {
  channels: ImportChannel[];
  campaigns: ImportCampaign[];
  timeZone: string;
  now: Date;
};

/** What a valid row becomes: a post on these channels, scheduled when it has a time. */
export type RowPlan = {
  row: number;
  text: string;
  channelIds: string[];
  scheduledAt: Date | null;
  mediaUrl: string | null;
  labels: string[];
  campaignId: string | null;
};

export type RowCheck = { ok: true; plan: RowPlan } | { ok: false; errors: ImportRowError[] };

export const MAX_LABELS = 20;
export const MAX_LABEL_LENGTH = 50;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "A | B; C" -> ["A", "B", "C"]: both separators, since a spreadsheet may already use one. */
export const splitList = (value: string | undefined): string[] => [...new Set((value ?? '').split(/[|;]/).map((s) => s.trim()).filter(Boolean))];

function resolveChannels(row: ImportRow, ctx: ImportContext, fail: (field: ImportField, code: string, message: string) => void): ImportChannel[] {
  const names = splitList(row.channels);
  if (names.length === 0) fail('channels', 'channels_missing', 'Name at least one channel (its name or id; several separated by | or ;)');
  const found: ImportChannel[] = [];
  for (const name of names) {
    const matches = uuidPattern.test(name) ? ctx.channels.filter((c) => c.id === name.toLowerCase()) : ctx.channels.filter((c) => c.displayName.toLowerCase() === name.toLowerCase());
    const channel = matches[0];
    if (!channel) fail('channels', 'channel_unknown', `No channel is called "${name}" in this workspace`);
    else if (matches.length > 1) fail('channels', 'channel_ambiguous', `Several channels are called "${name}": use the channel's id instead`);
    else if (channel.status !== 'active') fail('channels', 'channel_disconnected', `${channel.displayName} is disconnected: reconnect it first`);
    else if (!channel.canPublish) fail('channels', 'channel_cannot_publish', `${channel.displayName} (${channel.network}) cannot publish posts`);
    else if (!found.includes(channel)) found.push(channel);
  }
  return found;
}

function checkText(text: string, hasMedia: boolean, channels: ImportChannel[], fail: (field: ImportField, code: string, message: string) => void) {
  if (text.trim() === '' && !hasMedia) return fail('text', 'text_missing', 'The post is empty: write its text (or give a media URL)');
  for (const channel of channels) {
    const limits = accountLimitsSchema.safeParse(channel.limits);
    if (!limits.success) continue;
    const report = validateVariant({ limits: limits.data, text, media: [], requireAltText: false, postsThatDay: 0 });
    for (const p of report.problems) if (p.field === 'text' && p.code !== 'post_empty') fail('text', p.code, `${channel.displayName}: ${p.message}`);
    if (hasMedia && limits.data.media === null) fail('media', 'media_not_supported', `${channel.displayName} cannot post images or videos`);
  }
}

function checkMediaUrl(value: string | undefined, fail: (field: ImportField, code: string, message: string) => void): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail('media', 'media_url_invalid', `"${value}" is not a URL`);
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('media', 'media_url_invalid', 'The media URL must start with http:// or https://');
  else if (url.username || url.password) fail('media', 'media_url_invalid', 'The media URL must not carry a user name or password');
  return url.href;
}

function checkLabels(value: string | undefined, fail: (field: ImportField, code: string, message: string) => void): string[] {
  const labels = splitList(value);
  if (labels.length > MAX_LABELS) fail('labels', 'too_many_labels', `At most ${MAX_LABELS} labels per post`);
  for (const label of labels) if (label.length > MAX_LABEL_LENGTH) fail('labels', 'label_too_long', `The label "${label.slice(0, 20)}…" is longer than ${MAX_LABEL_LENGTH} characters`);
  return labels;
}

export function checkImportRow(row: ImportRow, ctx: ImportContext): RowCheck {
  if (row.malformed) return { ok: false, errors: [{ row: row.row, field: 'row', code: 'row_malformed', message: row.malformed }] };
  const errors: ImportRowError[] = [];
  const fail = (field: ImportField, code: string, message: string) => {
    errors.push({ row: row.row, field, code, message });
  };
  const channels = resolveChannels(row, ctx, fail);
  const mediaUrl = checkMediaUrl(row.media, fail);
  const text = row.text ?? '';
  checkText(text, row.media !== undefined, channels, fail);

  let scheduledAt: Date | null = null;
  if (row.time) {
    const time = parseRowTime(row.time, ctx.timeZone);
    if (!time.ok) fail('time', 'time_invalid', time.message);
    else if (time.at.getTime() <= ctx.now.getTime()) fail('time', 'time_in_past', `${row.time} is in the past`);
    else scheduledAt = time.at;
  }

  let campaignId: string | null = null;
  if (row.campaign) {
    const wanted = row.campaign.toLowerCase();
    const campaign = ctx.campaigns.find((c) => c.id === wanted || c.name.toLowerCase() === wanted);
    if (!campaign) fail('campaign', 'campaign_unknown', `No campaign is called "${row.campaign}"`);
    else campaignId = campaign.id;
  }
  const labels = checkLabels(row.labels, fail);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, plan: { row: row.row, text, channelIds: channels.map((c) => c.id), scheduledAt, mediaUrl, labels, campaignId } };
}
