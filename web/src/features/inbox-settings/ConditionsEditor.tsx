// The "when" of a rule: every condition filled in must hold; within one, any value matches.
import { MultiSelect, Select, SimpleGrid, TagsInput } from '@mantine/core';
import { intents, sentiments, type RuleConditions } from '../../api/inbox-settings-types.ts';
import { hatOptions, intentLabels, sentimentLabels } from './rule-words.ts';

type Option = { value: string; label: string };
type Props = { value: RuleConditions; channels: Option[]; onChange: (c: RuleConditions) => void };

// The server wants a list left out rather than empty.
const list = <T,>(values: T[]) => (values.length ? values : undefined);

export function ConditionsEditor({ value, channels, onChange }: Props) {
  const set = <K extends keyof RuleConditions>(key: K, v: RuleConditions[K]) => onChange({ ...value, [key]: v });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TagsInput label="Keywords" description="Whole words or phrases, any of them" value={value.keywords ?? []} onChange={(v) => set('keywords', list(v))} maxTags={100} />
      <MultiSelect label="Channels" description="Any of these channels" placeholder="Any channel" data={channels} value={value.channelIds ?? []} onChange={(v) => set('channelIds', list(v))} searchable />
      <MultiSelect label="Sentiments" placeholder="Any sentiment" data={sentiments.map((s) => ({ value: s, label: sentimentLabels[s]! }))} value={value.sentiments ?? []} onChange={(v) => set('sentiments', list(v as typeof sentiments[number][]))} />
      <MultiSelect label="Intents" placeholder="Any intent" data={intents.map((i) => ({ value: i, label: intentLabels[i]! }))} value={value.intents ?? []} onChange={(v) => set('intents', list(v as typeof intents[number][]))} />
      <TagsInput label="Person tags" description="The author is tagged with any of these" value={value.personTags ?? []} onChange={(v) => set('personTags', list(v))} maxTags={50} />
      <Select
        label="Hat"
        placeholder="Either queue"
        data={hatOptions.map((o) => ({ ...o, label: `${o.label} queue` }))}
        value={value.hat ?? null}
        onChange={(v) => set('hat', (v ?? undefined) as RuleConditions['hat'])}
        clearable
      />
    </SimpleGrid>
  );
}
