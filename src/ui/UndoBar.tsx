/**
 * "Deleted … Undo" for a few seconds after something destructive. The provider sits at the top of a
 * page so the bar survives navigation (delete in the detail view, land on the list, still undo).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';

export const UNDO_MS = 8000;

interface Offer {
  id: number;
  message: string;
  undo: () => Promise<void> | void;
}

interface UndoApi {
  offerUndo: (message: string, undo: () => Promise<void> | void) => void;
}

const UndoContext = createContext<UndoApi>({ offerUndo: () => {} });

export function useUndo(): UndoApi {
  return useContext(UndoContext);
}

export function UndoProvider({ children, timeoutMs = UNDO_MS }: { children: ComponentChildren; timeoutMs?: number }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [status, setStatus] = useState('');
  /** The countdown waits while the pointer or focus is on the bar (time to read, time to reach it). */
  const [paused, setPaused] = useState(false);
  const nextId = useRef(1);

  const offerUndo = useCallback((message: string, undo: Offer['undo']) => {
    setStatus('');
    setOffer({ id: nextId.current++, message, undo });
  }, []);

  useEffect(() => {
    if (!offer || paused) return;
    const timer = setTimeout(() => setOffer((current) => (current?.id === offer.id ? null : current)), timeoutMs);
    return () => clearTimeout(timer);
  }, [offer, paused, timeoutMs]);

  const api = useMemo(() => ({ offerUndo }), [offerUndo]);

  const runUndo = async () => {
    if (!offer) return;
    setOffer(null);
    setPaused(false);
    try {
      await offer.undo();
      setStatus('Restored.');
    } catch {
      setStatus('Sorry, that could not be undone.');
    }
  };

  return (
    <UndoContext.Provider value={api}>
      {children}
      {/* Always in the DOM so screen readers announce changes to it. */}
      <div class="undo-region" aria-live="polite" role="status">
        {offer ? (
          <div
            class="undo-bar"
            onMouseEnter={() => setPaused(true)}
            onMouseLeave={() => setPaused(false)}
            onFocusIn={() => setPaused(true)}
            onFocusOut={() => setPaused(false)}
          >
            <span class="undo-bar__message">{offer.message}</span>
            <button type="button" class="button button--on-dark" onClick={runUndo}>
              Undo
            </button>
            <button type="button" class="icon-button icon-button--on-dark" aria-label="Dismiss" onClick={() => (setOffer(null), setPaused(false))}>
              ×
            </button>
          </div>
        ) : status ? (
          <div class="undo-bar undo-bar--quiet">{status}</div>
        ) : null}
      </div>
    </UndoContext.Provider>
  );
}
