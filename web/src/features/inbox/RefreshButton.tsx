// Reads the channels now rather than at the next poll: the server queues each channel's ingest,
// and the lists are read again as those finish (a few seconds on a quiet network).
import { ActionIcon, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconRefresh } from '@tabler/icons-react';
import { api } from '../../api/client.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { inboxBase, inboxKey } from './inbox-api.ts';

const rereadAfterMs = [1_500, 4_000, 8_000];

export function RefreshButton({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const reread = () => queryClient.invalidateQueries({ queryKey: inboxKey(workspaceId) });
  const refresh = useMutation({
    mutationFn: () => api.post<{ channelIds: string[]; queued: boolean }>(`${inboxBase(workspaceId)}/refresh`, {}),
    onSuccess: (answer) => {
      void reread();
      // Queued ingests land over the next seconds; read in the request, they are there already.
      if (answer.queued) for (const ms of rereadAfterMs) window.setTimeout(() => void reread(), ms);
    },
    onError: notifyFailure('The channels could not be read'),
  });
  return (
    <Tooltip label="Read the channels now" withArrow>
      <ActionIcon variant="subtle" color="gray" aria-label="Refresh" loading={refresh.isPending} onClick={() => refresh.mutate()}>
        <IconRefresh size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
