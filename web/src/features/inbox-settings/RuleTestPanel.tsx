// "Test a message": which rules a message like this would match, and what they would do, without
// touching any conversation.
import { Alert, Badge, Button, Card, Group, List, MultiSelect, Select, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { intents, sentiments, type Intent, type RuleTestInput, type Sentiment } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { describeAction, hatOptions, intentLabels, sentimentLabels } from './rule-words.ts';
import { useRuleOptions } from './useRuleOptions.ts';
import { useTestRules } from './useRules.ts';

export function RuleTestPanel({ workspaceId }: { workspaceId: string }) {
  const test = useTestRules(workspaceId);
  const options = useRuleOptions(workspaceId);
  const [text, setText] = useState('');
  const [channelId, setChannelId] = useState<string | null>(null);
  const [sentiment, setSentiment] = useState<string | null>(null);
  const [chosenIntents, setIntents] = useState<string[]>([]);
  const [personTags, setPersonTags] = useState<string[]>([]);
  const [hat, setHat] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: RuleTestInput = { text };
    if (channelId) input.channelId = channelId;
    if (sentiment) input.sentiment = sentiment as Sentiment;
    if (chosenIntents.length) input.intents = chosenIntents as Intent[];
    if (personTags.length) input.personTags = personTags;
    if (hat) input.hat = hat as RuleTestInput['hat'];
    test.mutate(input);
  };
  const result = test.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rule-test-title">
      <Title order={2} size="h4" id="rule-test-title" mb={4}>
        Test a message
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Nothing is changed. Sentiment and intents are scored from the text unless you set them.
      </Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Textarea label="Message" placeholder="great, my order is late again" required autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Group grow align="flex-start" wrap="wrap">
            <Select label="Channel" placeholder="Any" data={options.channelOptions} value={channelId} onChange={setChannelId} clearable />
            <Select label="Hat" placeholder="Any" data={hatOptions} value={hat} onChange={setHat} clearable />
            <Select label="Sentiment" placeholder="Scored" data={sentiments.map((s) => ({ value: s, label: sentimentLabels[s]! }))} value={sentiment} onChange={setSentiment} clearable />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <MultiSelect label="Intents" placeholder="Scored" data={intents.map((i) => ({ value: i, label: intentLabels[i]! }))} value={chosenIntents} onChange={setIntents} />
            <TagsInput label="Person tags" value={personTags} onChange={setPersonTags} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={test.isPending} disabled={!text.trim()}>
              Test message
            </Button>
          </Group>
          <FormError error={test.error} title="The message could not be tested" />
          {result ? (
            <Alert color={result.matches.some((m) => m.enabled) ? 'teal' : 'gray'} variant="light" role="status" aria-label="Test result">
              <Stack gap={6}>
                <Group gap={6}>
                  <Text size="sm">Read as:</Text>
                  <Badge variant="light">{result.facts.sentiment ? (sentimentLabels[result.facts.sentiment] ?? result.facts.sentiment) : 'No sentiment'}</Badge>
                  {result.facts.intents.map((i) => (
                    <Badge key={i} variant="outline">
                      {intentLabels[i] ?? i}
                    </Badge>
                  ))}
                </Group>
                {result.matches.length === 0 ? (
                  <Text size="sm">No rule matches this message.</Text>
                ) : (
                  <>
                    <Text size="sm" fw={500}>
                      {result.matches.length === 1 ? '1 rule matches' : `${result.matches.length} rules match`}, in this order:
                    </Text>
                    <List size="sm" type="ordered">
                      {result.matches.map((m) => (
                        <List.Item key={m.id}>
                          {m.name}
                          {m.enabled ? '' : ' (disabled: would not run)'}: {m.actions.map((a) => describeAction(a, options.names)).join(', ')}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
