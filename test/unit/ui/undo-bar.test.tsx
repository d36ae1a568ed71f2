import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { UndoProvider, useUndo } from '../../../src/ui/UndoBar';
import { byText, click, eachUiTest, mount, waitFor, type Mounted } from './dom';

let view: Mounted | undefined;
eachUiTest();

function Offer({ undo }: { undo: () => void }) {
  const { offerUndo } = useUndo();
  return (
    <button type="button" onClick={() => offerUndo('Deleted “Designer”.', undo)}>
      Delete
    </button>
  );
}

describe('UndoBar', () => {
  it('announces the offer politely, runs Undo once, and says it is done', async () => {
    const undo = vi.fn();
    view = mount(
      <UndoProvider>
        <Offer undo={undo} />
      </UndoProvider>,
    );
    const region = view.root.querySelector('.undo-region')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    click(byText(view.root, 'button', 'Delete'));
    expect(region.textContent).toContain('Deleted “Designer”.');
    click(byText(view.root, 'button', 'Undo'));
    await waitFor(() => region.textContent === 'Restored.', 'restored');
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('waits while the bar has focus, then lapses', () => {
    // The countdown is a timer: virtual time shows it paused (or not) without sleeping on a busy machine.
    vi.useFakeTimers();
    try {
      view = mount(
        <UndoProvider timeoutMs={40}>
          <Offer undo={() => {}} />
        </UndoProvider>,
      );
      click(byText(view.root, 'button', 'Delete'));
      const bar = view.root.querySelector('.undo-bar')!;
      act(() => {
        bar.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      });
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(view.root.querySelector('.undo-bar')).not.toBeNull();
      act(() => {
        bar.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      });
      act(() => {
        vi.advanceTimersByTime(39);
      });
      expect(view.root.querySelector('.undo-bar')).not.toBeNull();
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(view.root.querySelector('.undo-bar')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
