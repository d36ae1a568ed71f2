/**
 * A visible cue when the board is wider than the window: which way there is more, and how to get
 * there by keyboard. Hidden while everything fits (the usual case from about 1,250 px wide).
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Overflow = { left: boolean; right: boolean };

export function ScrollCue({ target }: { target: RefObject<HTMLElement> }) {
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false });
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const measure = () => {
      const left = element.scrollLeft > 1;
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      element.dataset.overflow = [left ? 'left' : '', right ? 'right' : ''].join(' ').trim();
      setOverflow((current) => (current.left === left && current.right === right ? current : { left, right }));
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer?.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [target]);
  if (!overflow.left && !overflow.right) return null;
  return (
    <p class="board-scroll-cue" data-testid="board-scroll-cue">
      {overflow.left ? <span aria-hidden="true">← </span> : null}
      More stages {overflow.left && overflow.right ? 'on both sides' : overflow.right ? 'to the right' : 'to the left'}:
      scroll sideways, or click the board and use the arrow keys.
      {overflow.right ? <span aria-hidden="true"> →</span> : null}
    </p>
  );
}
