// Settings → General: name, time zone, audit retention and whether every image needs alt text. Read-only for roles that may not change them.
import { Button, Card, Group, NumberInput, Skeleton, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { Workspace } from '../../api/types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { sessionKey } from '../auth/useSession.ts';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';
import { useCurrentWorkspace } from './useCurrentWorkspace.ts';

export function WorkspaceSettingsPage() {
  const { workspace: current, can } = useCurrentWorkspace();
  const queryClient = useQueryClient();
  const key = ['workspaces', current.id, 'details'];
  const details = useQuery({ queryKey: key, queryFn: () => api.get<Workspace>(`/api/v1/workspaces/${current.id}`) });
  const [form, setForm] = useState({ name: '', timeZone: 'UTC', auditRetentionDays: '' as number | string, requireAltText: false });
  const readOnly = !can('workspace.update');

  useEffect(() => {
    if (details.data) setForm({ name: details.data.name, timeZone: details.data.timeZone, auditRetentionDays: details.data.auditRetentionDays ?? '', requireAltText: details.data.requireAltText });
  }, [details.data]);

  const save = useMutation({
    mutationFn: () =>
      api.patch<Workspace>(`/api/v1/workspaces/${current.id}`, {
        name: form.name,
        timeZone: form.timeZone,
        auditRetentionDays: form.auditRetentionDays === '' ? null : Number(form.auditRetentionDays),
        requireAltText: form.requireAltText,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(key, updated);
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      notifications.show({ color: 'green', message: 'Workspace settings saved' });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Stack maw={720}>
      <PageHeader title="General" description={readOnly ? 'Only owners and admins can change these settings.' : 'How this workspace is named and which clock it runs on.'} />
      <FormError error={details.error} />
      <Card withBorder padding="lg">
        {!details.data ? (
          <Skeleton h={220} />
        ) : (
          <form onSubmit={submit}>
            <Stack>
              <TextInput label="Workspace name" required readOnly={readOnly} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={errors.name} />
              <TimeZoneSelect
                description="Used for schedules, reports and business hours."
                readOnly={readOnly}
                value={form.timeZone}
                onChange={(v) => v && setForm({ ...form, timeZone: v })}
                error={errors.timeZone}
              />
              <NumberInput
                label="Keep audit entries for (days)"
                description="Leave empty to use the server's default."
                min={1}
                allowDecimal={false}
                readOnly={readOnly}
                value={form.auditRetentionDays}
                onChange={(v) => setForm({ ...form, auditRetentionDays: v })}
                error={errors.auditRetentionDays}
              />
              <Switch
                label="Require alt text on every image"
                description="A post with an image that has no description cannot be scheduled."
                disabled={readOnly}
                checked={form.requireAltText}
                onChange={(e) => setForm({ ...form, requireAltText: e.currentTarget.checked })}
                error={errors.requireAltText}
              />
              <FormError error={formLevelError(save.error)} />
              {readOnly ? null : (
                <Group justify="flex-end">
                  <Button type="submit" loading={save.isPending}>
                    Save changes
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        )}
      </Card>
    </Stack>
  );
}
