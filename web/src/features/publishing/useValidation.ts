// Live validation for the composer: the draft is sent to POST /posts/validate a moment after
// the person stops typing, and the last answer stays on screen while the next one is on its way.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../../api/client.ts';
import { postsBase } from './usePosts.ts';
import type { PostInput, TargetValidation, Validation } from './types.ts';

/** `post`: the post being edited, so its own targets do not count against the day's cap. */
export function useValidation(workspaceId: string, input: PostInput, post?: { id: string; scheduledAt: string | null }, enabled = true) {
  // Debounce the text of the draft, not the object: a new object each render would restart the timer forever.
  const [json] = useDebouncedValue(JSON.stringify({ ...input, postId: post?.id, scheduledAt: post?.scheduledAt ?? undefined }), 400);
  const debounced = JSON.parse(json) as PostInput;
  const query = useQuery({
    queryKey: ['workspaces', workspaceId, 'validate', json],
    queryFn: () => api.post<Validation>(`${postsBase(workspaceId)}/validate`, debounced),
    enabled: enabled && debounced.targets.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const targets: TargetValidation[] = query.data?.targets ?? [];
  return { byChannel: new Map(targets.map((t) => [t.channelId, t])), error: query.error, pending: query.isFetching };
}
