// Names people read for the actions Tandem records, and the choices of the action filter.
// Unknown actions (from newer parts of Tandem) still show, by their code. The keys must be the
// actions the use-cases pass to recordAudit: a key nothing records is a filter that never matches.
export const actionLabels: Record<string, string> = {
  'member.invite': 'Invited a member',
  'member.invitation_revoke': 'Revoked an invitation',
  'member.join': 'Joined',
  'member.add': 'Added a member',
  'member.change_role': 'Changed a role',
  'member.remove': 'Removed a member',
  'member.switch_hat': 'Switched hat',
  'workspace.create': 'Created the workspace',
  'workspace.update': 'Updated the workspace',
  'token.create': 'Created an API token',
  'token.revoke': 'Revoked an API token',
  'channel.connect': 'Connected a channel',
  'channel.reconnect': 'Reconnected a channel',
  'channel.update': 'Changed a channel',
  'channel.test': 'Tested a channel',
  'channel.health': 'Channel health changed',
  'channel.credentials_refresh': 'Refreshed channel credentials',
  'channel.credentials_renew': 'Renewed channel credentials',
  'channel.disconnect': 'Disconnected a channel',
  'webhook.create': 'Added a webhook',
  'webhook.update': 'Changed a webhook',
  'webhook.delete': 'Deleted a webhook',
  'user.password_change': 'Changed their password',
  'audit.retention': 'Removed expired audit entries',
  'person.create': 'Added a person',
  'person.update': 'Edited a person',
  'person.add_identity': 'Linked an identity',
};

export const actionLabel = (action: string) => actionLabels[action] ?? action;

const group = (name: string, prefix: string, everything: string) => ({
  group: name,
  items: [
    { value: `${prefix}.*`, label: everything },
    ...Object.keys(actionLabels)
      .filter((a) => a.startsWith(`${prefix}.`))
      .map((a) => ({ value: a, label: actionLabels[a]! })),
  ],
});

export const actionFilterOptions = [
  group('Members', 'member', 'Any member change'),
  group('Workspace', 'workspace', 'Any workspace change'),
  group('API tokens', 'token', 'Any token change'),
  group('Channels', 'channel', 'Any channel change'),
  group('Webhooks', 'webhook', 'Any webhook change'),
  group('People', 'person', 'Any people change'),
];
