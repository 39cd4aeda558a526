// Switches the hat the person wears in a workspace; the session is updated at once so the shell
// follows the hat without waiting for the round trip.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Hat, Session } from '../../api/types.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { sessionKey } from '../auth/useSession.ts';

export function useSwitchHat(workspaceId: string) {
  const queryClient = useQueryClient();
  const setHat = (hat: Hat) =>
    queryClient.setQueryData<Session>(sessionKey, (s) => s && { ...s, workspaces: s.workspaces.map((w) => (w.id === workspaceId ? { ...w, hat } : w)) });

  return useMutation({
    mutationFn: (hat: Hat) => api.put<{ hat: Hat }>(`/api/v1/workspaces/${workspaceId}/hat`, { hat }),
    onMutate: (hat) => {
      const previous = queryClient.getQueryData<Session>(sessionKey)?.workspaces.find((w) => w.id === workspaceId)?.hat;
      setHat(hat);
      return { previous };
    },
    onError: (error, _hat, context) => {
      if (context?.previous) setHat(context.previous);
      notifyFailure('Could not switch hat')(error);
    },
  });
}
