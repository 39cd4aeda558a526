// Delete a post that has not gone out, asking first; back to the posts list afterwards.
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useDeletePost } from './usePosts.ts';

export function DeletePostButton({ postId }: { postId: string }) {
  const { workspace } = useCurrentWorkspace();
  const remove = useDeletePost(workspace.id);
  const navigate = useNavigate();
  const confirm = () =>
    remove.mutateAsync(postId).then(
      () => navigate(`/w/${workspace.id}/posts`, { replace: true }),
      (error: unknown) => notifyFailure('The post could not be deleted')(error),
    );
  return (
    <ConfirmButton title="Delete this post?" message="It is taken off the calendar on every channel. This cannot be undone." confirmLabel="Delete post" onConfirm={confirm} size="sm">
      Delete post
    </ConfirmButton>
  );
}
