// The variables a saved reply may hold, written {{person.first_name}} (spaces inside the braces
// allowed). An unknown one is refused when the reply is saved, so a typo never reaches a customer
// as "Hi {{persn.name}}". Rendering fills each from the conversation; one with no value (a person
// without a name) renders empty and is reported, so the reply box can point at it.
import { AppError } from '../../shared/errors.ts';

export const savedReplyVariables = ['person.name', 'person.first_name', 'agent.name', 'agent.first_name', 'channel.name', 'workspace.name'] as const;
export type SavedReplyVariable = (typeof savedReplyVariables)[number];

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isKnown = (name: string): name is SavedReplyVariable => (savedReplyVariables as readonly string[]).includes(name);

/** Throws unknown_variable naming each variable the body uses that does not exist. */
export function checkVariables(body: string): void {
  const unknown = [...new Set([...body.matchAll(VARIABLE)].map((m) => m[1]!).filter((name) => !isKnown(name)))];
  if (unknown.length > 0) {
    throw new AppError('unknown_variable', `Unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => `{{${v}}}`).join(', ')}: use ${savedReplyVariables.map((v) => `{{${v}}}`).join(', ')}`, { variables: unknown, known: [...savedReplyVariables] });
  }
}

export type VariableValues = Record<SavedReplyVariable, string | null>;

export const firstName = (name: string | null): string | null => name?.trim().split(/\s+/)[0] || null;

export function renderVariables(body: string, values: VariableValues): { text: string; missing: SavedReplyVariable[] } {
  const missing = new Set<SavedReplyVariable>();
  const text = body.replace(VARIABLE, (whole, name: string) => {
    if (!isKnown(name)) return whole;
    const value = values[name];
    if (!value) missing.add(name);
    return value ?? '';
  });
  return { text, missing: [...missing] };
}
