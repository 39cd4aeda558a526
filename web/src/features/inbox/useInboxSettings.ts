// The custom statuses of the workspace (escalated, waiting on product ...), read through the
// settings pages' own query so a status added there shows here at once.
import { useInboxSettings } from '../inbox-settings/useInboxSettings.ts';

export const useCustomStatuses = (workspaceId: string): string[] => useInboxSettings(workspaceId).data?.customStatuses ?? [];
