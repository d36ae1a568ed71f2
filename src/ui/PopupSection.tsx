import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A titled block of the popup (recent applications, and the sections in src/popup/sections.ts). */
export function PopupSection({ title, children, action }: { title: string; children: ComponentChildren; action?: ComponentChildren }) {
  const id = useId();
  return (
    <section class="popup-section" aria-labelledby={id}>
      <div class="popup-section__head">
        <h2 class="popup-section__title" id={id}>
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
