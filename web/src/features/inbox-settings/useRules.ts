// Inbox rules: ordered "when a message matches, then ..." (src/http/routes/inbox-rules.ts).
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { InboxRule, InboxRuleInput, RuleTestInput, RuleTestResult } from '../../api/inbox-settings-types.ts';
import { useInvalidatingMutation } from '../../api/useInvalidatingMutation.ts';
import { inboxBase } from '../inbox/inbox-api.ts';

export const rulesKey = (workspaceId: string) => ['workspaces', workspaceId, 'inbox-rules'] as const;
const base = (workspaceId: string) => `${inboxBase(workspaceId)}/rules`;

export const useRules = (workspaceId: string) =>
  useQuery({ queryKey: rulesKey(workspaceId), queryFn: async () => (await api.get<{ items: InboxRule[] }>(base(workspaceId))).items.sort((a, b) => a.position - b.position) });

export const useCreateRule = (workspaceId: string) => useInvalidatingMutation(rulesKey(workspaceId), (input: InboxRuleInput) => api.post<InboxRule>(base(workspaceId), input));
export const useUpdateRule = (workspaceId: string) =>
  useInvalidatingMutation(rulesKey(workspaceId), ({ id, input }: { id: string; input: Partial<InboxRuleInput> & { position?: number } }) => api.patch<InboxRule>(`${base(workspaceId)}/${id}`, input));
/** The whole running order at once: every rule id, first to last. */
export const useReorderRules = (workspaceId: string) => useInvalidatingMutation(rulesKey(workspaceId), (ruleIds: string[]) => api.put<{ items: InboxRule[] }>(`${base(workspaceId)}/order`, { ruleIds }));
export const useDeleteRule = (workspaceId: string) => useInvalidatingMutation(rulesKey(workspaceId), (id: string) => api.delete(`${base(workspaceId)}/${id}`));

export const useTestRules = (workspaceId: string) => useMutation({ mutationFn: (input: RuleTestInput) => api.post<RuleTestResult>(`${base(workspaceId)}/test`, input) });
