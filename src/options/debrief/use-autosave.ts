/**
 * A text field that saves itself: typed text lives in local state (so the cursor never jumps when the
 * database answers) and is written shortly after typing pauses, on blur, and when the field goes away.
 * Closing the tab loses at most the last fraction of a second of typing.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const AUTOSAVE_MS = 350;

export function useAutosave(initial: string, save: (value: string) => Promise<unknown> | void) {
  const [value, setValue] = useState(initial);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const next = pending.current;
    pending.current = null;
    // A failed write (e.g. the record was deleted in another tab) must not break typing; say so in the console.
    Promise.resolve(saveRef.current(next)).catch((error: unknown) => console.error('Rebound: could not save', error));
  }, []);

  const onInput = useCallback(
    (next: string) => {
      setValue(next);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_MS);
    },
    [flush],
  );

  useEffect(() => {
    // The tab may close mid-typing: write what is there as the page goes away.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { value, onInput, flush };
}
