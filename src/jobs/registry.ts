// Every job this instance knows: one line per job. Workers and schedules start from this list.
import type { JobDefinition } from './define-job.ts';
import { auditRetention, purgeWorkspaceAudit } from './audit-retention.ts';
import { continueRecurrences } from './continue-recurrences.ts';
import { deliverWebhooks } from './deliver-webhooks.ts';
import { importPosts } from './import-posts.ts';
import { ingestChannelJob } from './ingest-channel.ts';
import { pollInboxes } from './poll-inboxes.ts';
import { publishTargetJob } from './publish-target.ts';
import { refreshChannelCredentials } from './refresh-channel-credentials.ts';
import { runFeedRules } from './run-feed-rules.ts';
import { sendNotificationEmails } from './send-notification-emails.ts';
import { sweepSlaJob } from './sweep-sla.ts';
import { snapshotWorkloadJob } from './snapshot-workload.ts';
import { suggestMergesJob } from './suggest-merges.ts';
import { rescanMergeSuggestionsJob } from './suggest-merges-rescan.ts';
import { sendReplyJob } from './send-reply.ts';
import { sweepRepliesJob } from './send-reply-sweep.ts';
import { sweepPublishingJob } from './sweep-publishing.ts';
import { wakeSnoozed } from './wake-snoozed.ts';

export const jobDefinitions: readonly JobDefinition<unknown>[] = [
  auditRetention,
  purgeWorkspaceAudit,
  deliverWebhooks,
  refreshChannelCredentials,
  sendNotificationEmails,
  publishTargetJob,
  sweepPublishingJob,
  importPosts,
  runFeedRules,
  continueRecurrences,
  suggestMergesJob,
  rescanMergeSuggestionsJob,
  sendReplyJob,
  sweepRepliesJob,
  ingestChannelJob,
  pollInboxes,
  snapshotWorkloadJob,
  wakeSnoozed,
  sweepSlaJob,
];
