// The triage loop on the keyboard. One list drives both the key handler and the help overlay,
// so the overlay can never promise a key that does nothing.
export type ShortcutId = 'next' | 'previous' | 'open' | 'select' | 'reply' | 'note' | 'assignMe' | 'assignMenu' | 'resolve' | 'snooze' | 'priority' | 'tag' | 'help' | 'send' | 'leave';

export type Shortcut = { id: ShortcutId; keys: string[]; label: string; shift?: boolean; inFields?: boolean };

export const shortcuts: Shortcut[] = [
  { id: 'next', keys: ['j'], label: 'Next conversation' },
  { id: 'previous', keys: ['k'], label: 'Previous conversation' },
  { id: 'open', keys: ['Enter'], label: 'Open the conversation' },
  { id: 'select', keys: ['x'], label: 'Select the conversation (for a change to all selected)' },
  { id: 'reply', keys: ['r'], label: 'Reply' },
  { id: 'note', keys: ['n'], label: 'Write an internal note' },
  { id: 'assignMe', keys: ['a'], label: 'Assign to me' },
  { id: 'assignMenu', keys: ['A'], label: 'Assign to…', shift: true },
  { id: 'resolve', keys: ['e'], label: 'Resolve and go to the next' },
  { id: 'snooze', keys: ['s'], label: 'Snooze' },
  { id: 'priority', keys: ['p'], label: 'Set priority' },
  { id: 'tag', keys: ['t'], label: 'Tags' },
  { id: 'help', keys: ['?'], label: 'Show these shortcuts', shift: true },
  { id: 'send', keys: ['Ctrl', 'Enter'], label: 'Send (in the reply box; ⌘ Enter on a Mac)', inFields: true },
  { id: 'leave', keys: ['Esc'], label: 'Leave the reply box', inFields: true },
];

const byKey = new Map(shortcuts.filter((s) => !s.inFields).map((s) => [s.keys[0]!, s.id]));

/** Fields where a letter is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/** The shortcut a key press means on the inbox page, or null (typing, modifiers, a dialog open). */
export function shortcutFor(e: KeyboardEvent): ShortcutId | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  if (isTypingTarget(e.target)) return null;
  // Inside a dialog the keys belong to it. Menus are not excluded: focus lingers in one while it
  // closes, and a letter there (another menu's shortcut) only moves on; Enter on an item is a button's.
  if (e.target instanceof Element && e.target.closest('[role="dialog"], [role="listbox"]')) return null;
  // Enter on a link or a button already does what it says; only the list's cursor uses it here.
  if (e.key === 'Enter' && e.target instanceof Element && e.target.closest('a, button') && !e.target.closest('.inbox-row')) return null;
  return byKey.get(e.key) ?? null;
}
