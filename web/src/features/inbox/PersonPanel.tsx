// The right column: who the person is across networks. Their identities, tags, custom fields,
// the team's notes, their other open conversations and recent history, and a way to the full
// profile.
import { Anchor, Avatar, Badge, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconGitMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { profileLink } from '../people/networks.ts';
import { listTime, statusLabel } from './inbox-labels.ts';
import { PersonNotes } from './PersonNotes.tsx';
import { PersonTimeline } from './PersonTimeline.tsx';
import { useProfile } from '../people/usePerson.ts';
import { initialsOf } from '../../ui/initials.ts';

type Props = { workspaceId: string; personId: string | null; conversationId: string; canWritePerson: boolean; hrefFor: (conversationId: string) => string };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Title order={3} size="xs" tt="uppercase" c="dimmed" fw={600}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

// The panel is narrow: the full profile lists the rest.
const maxOpenShown = 5;

const fieldText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function PersonPanel({ workspaceId, personId, conversationId, canWritePerson, hrefFor }: Props) {
  if (!personId)
    return (
      <aside aria-label="Person" className="inbox-person">
        <Text size="sm" c="dimmed">
          This conversation is not tied to a person yet.
        </Text>
      </aside>
    );
  return (
    <aside aria-label="Person" className="inbox-person">
      <PersonDetails workspaceId={workspaceId} personId={personId} conversationId={conversationId} canWritePerson={canWritePerson} hrefFor={hrefFor} />
    </aside>
  );
}

function PersonDetails({ workspaceId, personId, conversationId, canWritePerson, hrefFor }: Props & { personId: string }) {
  const profile = useProfile(workspaceId, personId);
  if (profile.error) return <FormError error={profile.error} title="The person could not be loaded" />;
  if (!profile.data) return <Skeleton h={300} />;
  const { person, identities, notes, openConversations } = profile.data;
  const suggestions = profile.data.suggestions ?? [];
  const tags = person.tags;
  const fields = Object.entries(person.customFields ?? {}).filter(([, v]) => fieldText(v) !== '');
  const others = openConversations.filter((c) => c.id !== conversationId);
  const shownOthers = others.slice(0, maxOpenShown);
  return (
    <Stack gap="md">
      <Group gap="sm" wrap="nowrap">
        <Avatar src={person.avatarUrl ?? undefined} alt="" radius="xl" size="lg">
          {initialsOf(person.displayName)}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {person.displayName}
          </Text>
          {person.email ? (
            <Text size="xs" c="dimmed" truncate>
              {person.email}
            </Text>
          ) : null}
          <Anchor component={Link} to={`/w/${workspaceId}/people/${person.id}`} size="xs">
            Full profile
          </Anchor>
        </div>
      </Group>

      <Section title="Identities">
        <Stack gap={4} role="list" aria-label="Identities on networks">
          {identities.map((i) => (
            <Group key={i.id} gap={6} wrap="nowrap" role="listitem" data-network={i.network}>
              <NetworkIcon network={i.network} size={18} />
              {profileLink(i) ? (
                <Anchor href={profileLink(i)!} target="_blank" rel="noreferrer" size="xs" truncate>
                  {i.handle ?? i.externalId}
                </Anchor>
              ) : (
                <Text size="xs" truncate>
                  {i.handle ?? i.externalId}
                </Text>
              )}
              {i.verified ? <IconCircleCheck size={14} color="var(--mantine-color-teal-6)" aria-label="Verified" /> : null}
            </Group>
          ))}
        </Stack>
      </Section>

      {suggestions.length > 0 ? (
        <Section title="Maybe the same person">
          <Stack gap={4}>
            {suggestions.map((s) => (
              <Group key={s.id} gap={6} wrap="nowrap">
                <IconGitMerge size={14} />
                <Text size="xs" style={{ flex: 1, minWidth: 0 }} truncate>
                  {s.otherPerson?.displayName ?? 'Someone'} · {Math.round(s.confidence * 100)}%
                </Text>
                <Anchor component={Link} to={`/w/${workspaceId}/people/merge-suggestions`} size="xs">
                  Review
                </Anchor>
              </Group>
            ))}
          </Stack>
        </Section>
      ) : null}

      {tags.length > 0 ? (
        <Section title="Tags">
          <Group gap={4}>
            {tags.map((t) => (
              <Badge key={t} size="sm" variant="light" tt="none">
                {t}
              </Badge>
            ))}
          </Group>
        </Section>
      ) : null}

      {fields.length > 0 ? (
        <Section title="Fields">
          <Stack gap={2}>
            {fields.map(([k, v]) => (
              <Group key={k} gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed" w={90} truncate>
                  {k}
                </Text>
                <Text size="xs" truncate>
                  {fieldText(v)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Section>
      ) : null}

      <Section title="Open conversations">
        {others.length === 0 ? (
          <Text size="xs" c="dimmed">
            No other open conversation.
          </Text>
        ) : (
          <Stack gap={4}>
            {shownOthers.map((c) => (
              <Anchor key={c.id} component={Link} to={hrefFor(c.id)} size="xs">
                <Group gap={4} wrap="nowrap" component="span">
                  {c.channel ? <NetworkIcon network={c.channel.network} size={16} /> : <IconExternalLink size={12} />}
                  <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {c.subject || c.lastMessageText || c.channel?.displayName || 'Conversation'} · {statusLabel(c.status)} · {listTime(c.lastMessageAt)}
                  </span>
                </Group>
              </Anchor>
            ))}
            {others.length > shownOthers.length ? (
              <Anchor component={Link} to={`/w/${workspaceId}/people/${person.id}`} size="xs" c="dimmed">
                and {others.length - shownOthers.length} more on the full profile
              </Anchor>
            ) : null}
          </Stack>
        )}
      </Section>

      <Section title="Notes">
        <PersonNotes workspaceId={workspaceId} personId={personId} notes={notes} canWrite={canWritePerson} />
      </Section>

      <Divider />
      <Section title="Recent history">
        <PersonTimeline workspaceId={workspaceId} personId={personId} />
      </Section>
    </Stack>
  );
}
