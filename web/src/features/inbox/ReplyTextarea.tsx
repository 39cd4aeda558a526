// The reply box's text: "/" suggests saved replies, "@" teammates (notes only). Arrow keys move
// through the suggestions, Enter or Tab takes one, Escape closes them, Ctrl/Cmd+Enter sends.
import { Textarea } from '@mantine/core';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { SavedReply } from '../../api/inbox-types.ts';
import { findTrigger, rank, replaceTrigger, type Trigger } from './reply-autocomplete.ts';
import { optionId, SuggestionList, type Suggestion } from './SuggestionList.tsx';
import type { Teammate } from './useTeammates.ts';

type Props = {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  onSubmit: () => void;
  savedReplies: SavedReply[] | null;
  teammates: Teammate[] | null;
  onPickSavedReply: (reply: SavedReply, trigger: Trigger) => void;
  onMention: (teammate: Teammate) => void;
  disabled?: boolean;
  error?: boolean;
};

const listId = 'inbox-reply-suggestions';

export function ReplyTextarea({ inputRef, label, placeholder, value, onChange, onSubmit, savedReplies, teammates, onPickSavedReply, onMention, disabled, error }: Props) {
  const [trigger, setTrigger] = useState<Trigger | null>(null);
  const [active, setActive] = useState(0);
  // Escape hides the suggestions until the person types again.
  const [dismissed, setDismissed] = useState(false);

  const chars: ('@' | '/')[] = [...(savedReplies ? (['/'] as const) : []), ...(teammates ? (['@'] as const) : [])];
  const saved = trigger?.char === '/' && savedReplies ? rank(savedReplies, trigger.query, (r) => [r.shortcut, r.name]) : [];
  const people = trigger?.char === '@' && teammates ? rank(teammates, trigger.query, (t) => [t.name, ...t.name.split(/\s+/), t.email]) : [];
  const items: Suggestion[] = trigger?.char === '/' ? saved.map((r) => ({ id: r.id, label: `/${r.shortcut}`, hint: r.name })) : people.map((t) => ({ id: t.userId, label: t.name, hint: t.email }));
  const open = trigger !== null && !dismissed;

  const refresh = (el: HTMLTextAreaElement) => {
    const next = findTrigger(el.value, el.selectionStart, chars);
    setTrigger(next);
    if (next?.query !== trigger?.query || next?.char !== trigger?.char) setActive(0);
  };

  const pick = (index: number) => {
    if (!trigger) return;
    if (trigger.char === '/') {
      const reply = saved[index];
      if (reply) onPickSavedReply(reply, trigger);
    } else {
      const mate = people[index];
      if (mate) {
        const { text, caret } = replaceTrigger(value, trigger, `@${mate.name} `);
        onMention(mate);
        onChange(text);
        requestAnimationFrame(() => inputRef.current?.setSelectionRange(caret, caret));
      }
    }
    setTrigger(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit();
      return;
    }
    if (open && items.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        pick(active);
        return;
      }
    }
    if (e.key === 'Escape') {
      // First Escape closes the suggestions; the next leaves the box (back to the shortcuts).
      if (open) setDismissed(true);
      else e.currentTarget.blur();
      e.stopPropagation();
    }
  };

  return (
    <div style={{ position: 'relative' }}>
      <Textarea
        ref={inputRef}
        aria-label={label}
        placeholder={placeholder}
        autosize
        minRows={3}
        maxRows={12}
        value={value}
        disabled={disabled}
        error={error}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && items.length > 0 ? optionId(listId, active) : undefined}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          setDismissed(false);
          refresh(e.currentTarget);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(e) => {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End') refresh(e.currentTarget);
        }}
        onClick={(e) => refresh(e.currentTarget)}
        onBlur={() => setTrigger(null)}
      />
      {open ? (
        <SuggestionList
          id={listId}
          label={trigger.char === '/' ? 'Saved replies' : 'Teammates'}
          items={items}
          active={active}
          onPick={pick}
          empty={trigger.char === '/' ? 'No saved reply starts with that' : 'No teammate by that name'}
        />
      ) : null}
    </div>
  );
}
