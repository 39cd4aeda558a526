// Listens for the inbox's single-key shortcuts on the whole page (never while typing in a field)
// and hands each to the page's handler.
import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutId } from './shortcuts.ts';

export function useInboxShortcuts(handle: (id: ShortcutId) => boolean | void) {
  // The latest handler, so the listener is added once and still sees the current list and cursor.
  const handler = useRef(handle);
  useEffect(() => {
    handler.current = handle;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const id = shortcutFor(e);
      if (!id) return;
      // A handler answers false when the key means nothing right now (e.g. "r" with no conversation open).
      if (handler.current(id) !== false) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
