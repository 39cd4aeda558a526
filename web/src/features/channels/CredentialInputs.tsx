// The credentials a connector asks for (token, app password ...); secrets are masked.
import { PasswordInput, TextInput } from '@mantine/core';
import type { CredentialField } from './types.ts';

type Props = { fields: CredentialField[]; values: Record<string, string>; onChange: (values: Record<string, string>) => void; errors: Record<string, string> };

export function CredentialInputs({ fields, values, onChange, errors }: Props) {
  return fields.map((f) => {
    const props = {
      label: f.label,
      required: true,
      autoComplete: 'off',
      value: values[f.name] ?? '',
      error: errors[`credentials.${f.name}`] ?? errors[f.name],
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...values, [f.name]: e.currentTarget.value }),
    };
    return f.secret ? <PasswordInput key={f.name} {...props} autoComplete="new-password" /> : <TextInput key={f.name} {...props} />;
  });
}
