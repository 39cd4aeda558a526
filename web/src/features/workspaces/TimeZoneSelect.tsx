// A searchable list of the IANA time zones this browser knows, defaulting to its own.
import { Select, type SelectProps } from '@mantine/core';

const zones: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const value = props.value;
  // Keep a zone the server knows but this browser does not, so saving does not drop it.
  const data = value && !zones.includes(value) ? [value, ...zones] : zones;
  return <Select label="Time zone" searchable limit={50} nothingFoundMessage="No such time zone" allowDeselect={false} {...props} data={data} />;
}
