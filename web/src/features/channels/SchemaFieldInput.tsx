// One input of a connect form, chosen by the field's kind (see config-schema.ts).
import { NumberInput, Select, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { FieldValue, SchemaField } from './config-schema.ts';

type Props = { field: SchemaField; value: FieldValue; onChange: (value: FieldValue) => void; error?: string; autoFocus?: boolean };

export function SchemaFieldInput({ field, value, onChange, error, autoFocus }: Props) {
  const common = { label: field.label, description: field.description, required: field.required, error, 'data-autofocus': autoFocus || undefined };
  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          {...common}
          type={field.format === 'uri' ? 'url' : field.format === 'email' ? 'email' : 'text'}
          placeholder={field.format === 'uri' ? 'https://' : undefined}
          value={value as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'number':
      return <NumberInput {...common} allowDecimal={!field.integer} min={field.min} max={field.max} value={value as number | ''} onChange={(v) => onChange(v === '' ? '' : Number(v))} />;
    case 'boolean':
      return <Switch label={field.label} description={field.description} error={error} checked={value as boolean} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'enum':
      return <Select {...common} data={field.options} value={(value as string) || null} onChange={(v) => onChange(v ?? '')} allowDeselect={!field.required} comboboxProps={{ withinPortal: true }} />;
    case 'list':
      return <TagsInput {...common} description={field.description ?? 'Press Enter after each value.'} value={value as string[]} onChange={onChange} acceptValueOnBlur splitChars={[',', ' ']} />;
    case 'json':
      return (
        <Textarea
          {...common}
          description={field.description ?? 'A JSON value.'}
          autosize
          minRows={2}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={value as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}
