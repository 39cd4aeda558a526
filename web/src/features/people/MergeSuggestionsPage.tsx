// The review queue of possible duplicates: the rules found two people who may be one; a teammate
// merges them (undoable from the kept person's merge history) or dismisses the pair for good.
import { Anchor, Breadcrumbs, EmptyState, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { MergeSuggestionCard } from './MergeSuggestionCard.tsx';
import { useMergeSuggestion, useMergeSuggestions } from './useMerges.ts';

export function MergeSuggestionsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const suggestions = useMergeSuggestions(workspace.id);
  const decide = useMergeSuggestion(workspace.id);
  const items = suggestions.data?.items;
  const onDecide = (id: string, title: string, decision: 'merge' | 'dismiss', keepPersonId?: string) =>
    decide.mutate({ id, decision, keepPersonId }, { onSuccess: () => notifications.show({ color: 'green', message: decision === 'merge' ? `${title} merged` : `Suggestion for ${title} dismissed` }) });
  return (
    <Stack maw={1000}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/w/${workspace.id}/people`} size="sm">
          People
        </Anchor>
        <span>Merge suggestions</span>
      </Breadcrumbs>
      <PageHeader
        title="Merge suggestions"
        description="People who may be one person, found by rules with a confidence each: same verified e-mail, same URL in their profiles, same handle across networks, similar names. Two accounts on the same network are never merged automatically; a merge can be undone from the person's merge history."
      />
      <FormError error={suggestions.error} title="The suggestions could not be loaded" />
      <FormError error={decide.error} title="The suggestion was not applied" />
      {!items ? (
        <Skeleton h={240} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconGitMerge />} title="Nothing to review" description="New suggestions appear here as people write to you from more than one network." />
      ) : (
        <Stack component="section" aria-label="Merge suggestions">
          {items.map((s) => (
            <MergeSuggestionCard
              key={s.id}
              suggestion={s}
              workspaceId={workspace.id}
              canMerge={can('people.merge')}
              busy={decide.isPending && decide.variables.id === s.id ? decide.variables.decision : null}
              onDecide={(d, keep) => onDecide(s.id, `${s.person.displayName} and ${s.otherPerson.displayName}`, d, keep)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
