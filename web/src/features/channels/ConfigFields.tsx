// The network's settings in the connect form: what must or may be filled first, then the
// settings that have a default, folded behind "Advanced settings".
import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { FieldValue, FormValues, SchemaField } from './config-schema.ts';
import { SchemaFieldInput } from './SchemaFieldInput.tsx';

type Props = { fields: SchemaField[]; values: FormValues; onChange: (name: string, value: FieldValue) => void; errorOf: (name: string) => string | undefined };

export function ConfigFields({ fields, values, onChange, errorOf }: Props) {
  const advanced = fields.filter((f) => f.advanced);
  // An error in a folded field must not stay hidden.
  const [open, { toggle }] = useDisclosure(false);
  const shown = open || advanced.some((f) => errorOf(f.name));
  const input = (f: SchemaField, autoFocus = false) => (
    <SchemaFieldInput key={f.name} field={f} value={values[f.name] ?? f.defaultValue} onChange={(v) => onChange(f.name, v)} error={errorOf(f.name)} autoFocus={autoFocus} />
  );
  return (
    <>
      {fields.filter((f) => !f.advanced).map((f, i) => input(f, i === 0))}
      {advanced.length ? (
        <Stack gap="xs">
          <Button variant="subtle" size="compact-sm" px={0} w="fit-content" onClick={toggle} aria-expanded={shown} leftSection={shown ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}>
            Advanced settings ({advanced.length})
          </Button>
          <Collapse expanded={shown}>
            <Stack>{advanced.map((f) => input(f))}</Stack>
          </Collapse>
        </Stack>
      ) : null}
    </>
  );
}
