// Settings > Inbox > General: the hand-off (where replies to published posts land), the
// workspace's own statuses, and automatic assignment with its default cap.
import { Badge, Button, Card, Group, NumberInput, Radio, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { formLevelError, fieldErrorsOf } from '../../api/client.ts';
import { builtinStatuses, type InboxHat, type InboxSettings } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useSaveInboxSettings } from './useInboxSettings.ts';

type Form = { postRepliesHat: InboxHat; customStatuses: string[]; autoAssign: boolean; defaultOpenCap: number | string };
const formOf = (s: InboxSettings): Form => ({ postRepliesHat: s.postRepliesHat, customStatuses: s.customStatuses, autoAssign: s.autoAssign, defaultOpenCap: s.defaultOpenCap });
// The server's rule for a custom status: a lowercase slug that is not a built-in status.
const slug = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
const badStatus = (s: string) => (!/^[a-z][a-z0-9_]{0,39}$/.test(s) ? `“${s}”: a letter, then letters, digits or _` : (builtinStatuses as readonly string[]).includes(s) ? `“${s}” is built in` : null);

export function GeneralSettingsForm({ workspaceId, settings, readOnly }: { workspaceId: string; settings: InboxSettings; readOnly: boolean }) {
  const save = useSaveInboxSettings(workspaceId);
  const [form, setForm] = useState<Form>(() => formOf(settings));
  useEffect(() => setForm(formOf(settings)), [settings]);
  const errors = fieldErrorsOf(save.error);
  const statusError = form.customStatuses.map(badStatus).find(Boolean) ?? errors.customStatuses;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (statusError) return;
    save.mutate(
      { postRepliesHat: form.postRepliesHat, customStatuses: form.customStatuses, autoAssign: form.autoAssign, defaultOpenCap: Number(form.defaultOpenCap) },
      { onSuccess: () => notifications.show({ color: 'green', message: 'Inbox settings saved' }) },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Card withBorder padding="lg" component="section" aria-labelledby="handoff-title">
          <Title order={2} size="h4" id="handoff-title" mb={4}>
            Hand-off
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            The social hat announces; the replies to what it published become conversations that someone answers. Choose whose queue they land in.
          </Text>
          <Radio.Group label="Replies to published posts land in" value={form.postRepliesHat} onChange={(v) => setForm({ ...form, postRepliesHat: v as InboxHat })} readOnly={readOnly}>
            <Stack gap="xs" mt="xs">
              <Radio value="community" label="The community queue (default)" disabled={readOnly} />
              <Radio value="social" label="The social queue" disabled={readOnly} />
            </Stack>
          </Radio.Group>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="statuses-title">
          <Title order={2} size="h4" id="statuses-title" mb={4}>
            Statuses
          </Title>
          <Group gap={6} mb="sm">
            <Text size="sm" c="dimmed">
              Built in:
            </Text>
            {builtinStatuses.map((s) => (
              <Badge key={s} variant="light" color="gray">
                {s}
              </Badge>
            ))}
          </Group>
          <TagsInput
            label="Your own statuses"
            description="For example escalated or waiting_on_product. A status that conversations still hold cannot be removed; move them first."
            placeholder={readOnly ? undefined : 'Type a status and press Enter'}
            value={form.customStatuses}
            onChange={(v) => setForm({ ...form, customStatuses: [...new Set(v.map(slug).filter(Boolean))] })}
            readOnly={readOnly}
            maxTags={20}
            error={statusError}
          />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="assignment-title">
          <Title order={2} size="h4" id="assignment-title" mb="sm">
            Assignment
          </Title>
          <Stack>
            <Switch
              label="Assign new conversations automatically"
              description="Round-robin among the members who answer the conversation's hat, are marked available and are under their cap."
              checked={form.autoAssign}
              disabled={readOnly}
              onChange={(e) => setForm({ ...form, autoAssign: e.currentTarget.checked })}
            />
            <NumberInput
              label="Default cap on open conversations"
              description="A member at their cap is skipped by round-robin. A member's own cap (on the Team tab) wins over this one."
              min={1}
              max={10_000}
              allowDecimal={false}
              readOnly={readOnly}
              value={form.defaultOpenCap}
              onChange={(v) => setForm({ ...form, defaultOpenCap: v })}
              error={errors.defaultOpenCap}
              maw={260}
            />
          </Stack>
        </Card>
        <FormError error={formLevelError(save.error)} title="The settings were not saved" />
        {readOnly ? null : (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setForm(formOf(settings))}>
              Discard changes
            </Button>
            <Button type="submit" loading={save.isPending} disabled={form.defaultOpenCap === ''}>
              Save inbox settings
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
