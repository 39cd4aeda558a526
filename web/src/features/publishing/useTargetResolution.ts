// A person's way out for a target the engine gave up on (src/http/routes/post-targets.ts): mark it
// published with the URL they found, or publish it again now. Both answer the post as it now is.
import { api } from '../../api/client.ts';
import { postsBase, usePostMutation } from './usePosts.ts';
import type { Post } from './types.ts';

type TargetRef = { postId: string; targetId: string };
const targetPath = (workspaceId: string, { postId, targetId }: TargetRef, action: string) => `${postsBase(workspaceId)}/${postId}/targets/${targetId}/${action}`;

export const useMarkTargetPublished = (workspaceId: string) =>
  usePostMutation(workspaceId, ({ url, ...ref }: TargetRef & { url: string }) => api.post<Post>(targetPath(workspaceId, ref, 'mark-published'), { url }));

export const useRetryTarget = (workspaceId: string) => usePostMutation(workspaceId, (ref: TargetRef) => api.post<Post>(targetPath(workspaceId, ref, 'retry')));
