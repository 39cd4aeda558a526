// What each merge rule means, in the words of the review queue.
const rules: Record<string, string> = {
  same_email: 'Same verified e-mail',
  same_url: 'Same URL in profiles',
  same_handle: 'Same handle across networks',
  similar_name: 'Similar names',
};

export const ruleLabel = (rule: string) => rules[rule] ?? rule.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
