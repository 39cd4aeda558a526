// Shapes of the approval-steps and queue-slots answers (src/http/routes/post-workflow.ts, queues.ts).
export type ApprovalMode = 'any' | 'all';
export type ApprovalStep = { id: string; channelId: string | null; position: number; name: string; mode: ApprovalMode; approverIds: string[] };
export type ApprovalStepInput = { id?: string; channelId: string | null; name: string; mode: ApprovalMode; approverIds: string[] };

/** weekday: 0 = Monday ... 6 = Sunday; time: HH:mm in the workspace time zone. */
export type QueueSlot = { weekday: number; time: string };
export type QueueSlots = { channelId: string; timeZone: string; slots: QueueSlot[] };
