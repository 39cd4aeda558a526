// Settings > Inbox: one header and a tab per part (general, team, saved replies, rules, SLA);
// each tab is its own URL so it can be linked to.
import { Stack, Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';

const inboxSettingsTabs = [
  { value: 'general', label: 'General' },
  { value: 'team', label: 'Team' },
  { value: 'saved-replies', label: 'Saved replies' },
  { value: 'rules', label: 'Rules' },
  { value: 'sla', label: 'SLA' },
];

export function InboxSettingsLayout() {
  const { workspace } = useCurrentWorkspace();
  const base = `/w/${workspace.id}/settings/inbox`;
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // The general tab is the section's own address; the others are a segment under it.
  const current = pathname.slice(base.length).replace(/^\//, '').split('/')[0] || 'general';
  return (
    <Stack maw={1100}>
      <PageHeader title="Inbox settings" description="How conversations reach the team: hand-off, statuses, assignment, saved replies, rules and SLA policies." />
      <Tabs value={current} onChange={(v) => navigate(!v || v === 'general' ? base : `${base}/${v}`)} keepMounted={false}>
        <Tabs.List aria-label="Inbox settings">
          {inboxSettingsTabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}
