// The OpenAPI schemas of posts, shared by the composer routes (posts.ts) and the workflow routes.
import { z } from '@hono/zod-openapi';
import { postSources, postStates, targetStates } from '../../db/schema/index.ts';
import { timestamp, uuid } from '../openapi.ts';

export const attachedMediaSchema = z.object({ mediaId: uuid, altText: z.string().max(2000).optional() }).openapi('AttachedMedia');
export const postPartSchema = z.object({ text: z.string().max(50_000), mediaIds: z.array(uuid).max(20).default([]) }).openapi('PostPart');
const recurrenceSchema = z.object({ frequency: z.enum(['daily', 'weekly', 'monthly']), interval: z.number(), until: z.string().optional(), count: z.number().optional() });

export const targetSchema = z
  .object({
    id: uuid,
    channelId: uuid,
    network: z.string(),
    channelName: z.string(),
    text: z.string().nullable().openapi({ description: 'null: as the post' }),
    media: z.array(attachedMediaSchema).nullable().openapi({ description: 'null: as the post' }),
    settings: z.record(z.string(), z.unknown()),
    state: z.enum(targetStates),
    scheduledAt: timestamp.nullable(),
    externalId: z.string().nullable(),
    url: z.string().nullable(),
    errorKind: z.string().nullable(),
    errorReason: z.string().nullable(),
    publishedAt: timestamp.nullable(),
  })
  .openapi('PostTarget');

export const postSchema = z
  .object({
    id: uuid,
    state: z.enum(postStates),
    authorId: uuid.nullable(),
    campaignId: uuid.nullable(),
    text: z.string(),
    media: z.array(attachedMediaSchema),
    thread: z.array(postPartSchema),
    firstComment: z.string().nullable(),
    labels: z.array(z.string()),
    scheduledAt: timestamp.nullable(),
    timeZone: z.string().nullable(),
    recurrence: recurrenceSchema.nullable(),
    revision: z.number().int(),
    source: z.enum(postSources),
    createdAt: timestamp,
    updatedAt: timestamp,
    targets: z.array(targetSchema),
  })
  .openapi('Post');

export const targetInputSchema = z
  .object({
    channelId: uuid,
    text: z.string().max(50_000).nullable().optional().openapi({ description: "This channel's own text; null or absent: the post's" }),
    media: z.array(attachedMediaSchema).max(20).nullable().optional().openapi({ description: "This channel's own media; null or absent: the post's" }),
    settings: z.record(z.string(), z.unknown()).optional().openapi({ description: "The connector's post settings (GET /api/v1/connectors)" }),
  })
  .openapi('PostTargetInput');

export const postContentSchema = z.object({
  text: z.string().max(50_000).optional(),
  media: z.array(attachedMediaSchema).max(20).optional(),
  thread: z.array(postPartSchema).max(50).optional(),
  firstComment: z.string().max(50_000).nullable().optional(),
  labels: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
  campaignId: uuid.nullable().optional(),
});

export const postInputSchema = postContentSchema.extend({ targets: z.array(targetInputSchema).min(1).max(50) }).openapi('PostInput');

const problemSchemaLoose = z.object({ code: z.string(), field: z.string(), message: z.string() });
export const variantReportSchema = z
  .object({
    ok: z.boolean(),
    text: z.object({ used: z.number(), limit: z.number(), remaining: z.number(), rule: z.string() }),
    media: z.object({ count: z.number(), max: z.number(), problems: z.array(problemSchemaLoose) }),
    dailyCap: z.object({ used: z.number(), cap: z.number(), left: z.number() }).nullable(),
    problems: z.array(problemSchemaLoose),
  })
  .openapi('VariantReport');

export const previewSchema = z
  .object({
    text: z.string(),
    segments: z.array(
      z.object({
        kind: z.enum(['text', 'link', 'mention', 'hashtag']),
        text: z.string(),
        start: z.number().int().openapi({ description: 'UTF-16 offset in text' }),
        end: z.number().int(),
        href: z.string().optional(),
        countsAs: z.number().int().optional().openapi({ description: "What it weighs in the channel's count when not its length" }),
      }),
    ),
  })
  .openapi('PostPreview');

export const validationSchema = z
  .object({ targets: z.array(z.object({ channelId: uuid, report: variantReportSchema, preview: previewSchema, thread: z.array(variantReportSchema) })) })
  .openapi('PostValidation');

export const commentSchema = z.object({ id: uuid, postId: uuid, authorId: uuid.nullable(), authorName: z.string().nullable(), body: z.string(), createdAt: timestamp }).openapi('PostComment');
export const templateSchema = z
  .object({ id: uuid, name: z.string(), text: z.string(), labels: z.array(z.string()), channelIds: z.array(uuid), createdBy: uuid.nullable(), createdAt: timestamp })
  .openapi('PostTemplate');
