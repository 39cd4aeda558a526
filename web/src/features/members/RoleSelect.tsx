// Picks a role, offering only those the signed-in person may grant.
import { Select, type SelectProps } from '@mantine/core';
import type { Role } from '../../api/types.ts';
import { grantableRoles, roleDescriptions, roleLabels } from '../workspaces/permissions.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { myRole: Role; value: Role; onChange: (role: Role) => void };

export function RoleSelect({ myRole, value, onChange, ...props }: Props) {
  const options = grantableRoles(myRole);
  const data = (options.includes(value) ? options : [value, ...options]).map((role) => ({ value: role, label: roleLabels[role] }));
  return (
    <Select
      allowDeselect={false}
      {...props}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v as Role)}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          <div style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>{roleDescriptions[option.value as Role]}</div>
        </div>
      )}
    />
  );
}
