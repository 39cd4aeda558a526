// The composer's buttons for the post's state: save as draft, submit for review, schedule, add
// to the queue, or unschedule. Which appear depends on the state and on what the role may do.
import { Button, Group } from '@mantine/core';
import { IconCalendarTime, IconDeviceFloppy, IconListNumbers, IconSend } from '@tabler/icons-react';
import type { Post } from './types.ts';

export type ComposerAction = 'save' | 'submit' | 'schedule' | 'queue' | 'unschedule';

type Props = { post: Post | undefined; busy: ComposerAction | null; canSave: boolean; onAction: (action: ComposerAction) => void };

const editable = ['draft', 'changes_requested', 'in_review', 'approved', 'scheduled', 'failed', 'needs_check'];
const submittable = ['draft', 'changes_requested'];
const schedulable = ['draft', 'changes_requested', 'approved', 'scheduled'];

export function ComposerActions({ post, busy, canSave, onAction }: Props) {
  const state = post?.state ?? 'draft';
  const button = (action: ComposerAction, label: string, icon: React.ReactNode, variant: 'filled' | 'default' | 'light' = 'default') => (
    <Button key={action} variant={variant} leftSection={icon} loading={busy === action} disabled={busy !== null && busy !== action} onClick={() => onAction(action)}>
      {label}
    </Button>
  );
  return (
    <Group gap="xs" justify="space-between" wrap="wrap">
      <Group gap="xs">
        {editable.includes(state) ? button('save', post ? 'Save' : 'Save draft', <IconDeviceFloppy size={16} />) : null}
        {state === 'scheduled' ? button('unschedule', 'Unschedule', null) : null}
      </Group>
      <Group gap="xs" ml="auto">
        {canSave && submittable.includes(state) ? button('submit', 'Submit for review', <IconSend size={16} />, 'light') : null}
        {canSave && schedulable.includes(state) ? button('queue', 'Add to queue', <IconListNumbers size={16} />) : null}
        {canSave && schedulable.includes(state) ? button('schedule', state === 'scheduled' ? 'Reschedule' : 'Schedule', <IconCalendarTime size={16} />, 'filled') : null}
      </Group>
    </Group>
  );
}
