// Names people read for the actions Tandem records, and the choices of the action filter.
// Unknown actions (from newer parts of Tandem) still show, by their code.
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
  'channel.create': 'Connected a channel',
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
  group('People', 'person', 'Any people change'),
];
