// Shapes of the Posts API (src/http/routes/posts.ts and post-workflow.ts), as the composer, the
// review page and the calendar read them. States mirror src/db/schema/publishing.ts (not imported:
// that file pulls Drizzle into the bundle).
export const postStates = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'needs_check'] as const;
export type PostState = (typeof postStates)[number];
export type TargetState = 'pending' | 'scheduled' | 'publishing' | 'published' | 'failed' | 'needs_check' | 'cancelled';

export type AttachedMedia = { mediaId: string; altText?: string };
export type PostPart = { text: string; mediaIds: string[] };
export type Recurrence = { frequency: 'daily' | 'weekly' | 'monthly'; interval: number; until?: string; count?: number };

export type PostTarget = {
  id: string;
  channelId: string;
  network: string;
  channelName: string;
  /** null: the post's shared text. */
  text: string | null;
  media: AttachedMedia[] | null;
  settings: Record<string, unknown>;
  state: TargetState;
  scheduledAt: string | null;
  externalId: string | null;
  url: string | null;
  errorKind: string | null;
  errorReason: string | null;
  publishedAt: string | null;
};

export type Post = {
  id: string;
  state: PostState;
  authorId: string | null;
  campaignId: string | null;
  text: string;
  media: AttachedMedia[];
  thread: PostPart[];
  firstComment: string | null;
  labels: string[];
  scheduledAt: string | null;
  timeZone: string | null;
  recurrence: Recurrence | null;
  revision: number;
  source: string;
  createdAt: string;
  updatedAt: string;
  targets: PostTarget[];
};

/** What POST /posts, PATCH /posts/{id} and POST /posts/validate take. */
export type PostInput = {
  text: string;
  media: AttachedMedia[];
  thread: PostPart[];
  firstComment: string | null;
  labels: string[];
  campaignId: string | null;
  targets: { channelId: string; text: string | null; media: AttachedMedia[] | null }[];
};

export type VariantProblem = { code: string; message: string; field: string };
export type VariantReport = {
  ok: boolean;
  text: { used: number; limit: number; remaining: number; rule: string };
  media: { count: number; max: number; problems: VariantProblem[] };
  dailyCap: { used: number; cap: number; left: number } | null;
  problems: VariantProblem[];
};

/** A run of the previewed text: plain, or a link, mention or hashtag as the network shows it. */
export type PreviewSegment = { kind: 'text' | 'link' | 'mention' | 'hashtag'; text: string; start: number; end: number; href?: string; countsAs?: number };
/** One channel's answer: the first part's report and preview, and a report per later thread part. */
export type TargetValidation = { channelId: string; report: VariantReport; preview: { text: string; segments: PreviewSegment[] }; thread: VariantReport[] };
export type Validation = { targets: TargetValidation[] };

export type PostComment = { id: string; postId: string; authorId: string | null; authorName: string | null; body: string; createdAt: string };
export type PostTemplate = { id: string; name: string; text: string; labels: string[]; channelIds: string[]; createdBy: string | null; createdAt: string };

export type ApprovalDecision = { userId: string | null; decision: 'approved' | 'changes_requested'; note: string | null; createdAt: string };
export type ApprovalStepStatus = { id: string; channelId: string | null; name: string; mode: 'any' | 'all'; approverIds: string[]; satisfied: boolean; decisions: ApprovalDecision[] };
/** GET /posts/{id}/approvals: the steps that apply to this revision and who decided what. */
export type Approvals = { state: string; revision: number; complete: boolean; currentStepId: string | null; steps: ApprovalStepStatus[] };

export type ScheduleInput = { at?: string; localTime?: string; timeZone?: string; recurrence?: Recurrence | null };

export type MediaItem = { id: string; fileName: string; mimeType: string; bytes: number; width: number | null; height: number | null; altText: string | null; url?: string };
