/**
 * Did the person themselves activate this submit control? A page can call `form.requestSubmit(button)`
 * or `button.click()` from its own script right after any real click of theirs (a cookie banner, say):
 * the submit event that follows is trusted and user activation is still active, yet nobody sent an
 * application. So a submission counts only when the person's own pointer press or key press (trusted
 * `pointerdown` / `keydown`, which no script can forge) landed on that control, or — for the Enter key,
 * which submits a form from any field — inside its form, a moment before; and never for a control they
 * could not see or use.
 */

/** From the press to the submit it causes: a click's press and release, or a key's default action. */
export const ACTIVATION_WINDOW_MS = 5_000;
/** Smaller than this and it is no button anyone aimed at (a 1×1 pixel, a collapsed box). */
const MIN_SIZE_PX = 4;

export interface UserPress {
  target: Element;
  at: number;
  /** "pointer" for a mouse, pen or touch press; else the key pressed. */
  key: 'pointer' | string;
}

/** The element a trusted press or key landed on (inside open shadow roots, the innermost one). */
export function pressFrom(event: Event, now: number): UserPress | null {
  if (!event.isTrusted) return null;
  const target = event.composedPath()[0] ?? event.target;
  if (!(target instanceof Element)) return null;
  if (event.type === 'keydown') {
    const { key } = event as KeyboardEvent;
    return key === 'Enter' || key === ' ' ? { target, at: now, key } : null;
  }
  return { target, at: now, key: 'pointer' };
}

function formOf(el: Element): HTMLFormElement | null {
  const owner = (el as Element & { form?: HTMLFormElement | null }).form;
  return owner instanceof HTMLFormElement ? owner : el.closest('form');
}

/** Inside `ancestor`, crossing open shadow roots. */
function within(node: Element, ancestor: Element): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === ancestor) return true;
  return false;
}

/** Seen, enabled, and big enough to be aimed at: a hidden or disabled control is never the person's. */
export function usableControl(control: Element): boolean {
  if (control.matches(':disabled') || control.closest('[aria-disabled="true"], [inert]')) return false;
  return visibleControl(control);
}

/** Seen and big enough to be read (a control that turned into "Applied" is often disabled, and still seen). */
export function visibleControl(control: Element): boolean {
  const box = control.getBoundingClientRect();
  if (box.width < MIN_SIZE_PX || box.height < MIN_SIZE_PX) return false;
  const check = (control as Element & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (check) return check.call(control, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  const style = getComputedStyle(control);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
}

/** Did `press` activate `control` (the submit control the site's rule recognised)? */
export function pressedControl(press: UserPress | null, control: Element, now: number): boolean {
  if (!press || now - press.at > ACTIVATION_WINDOW_MS || now < press.at) return false;
  if (!usableControl(control)) return false;
  if (within(press.target, control)) return true;
  // Enter in a field submits its form through the form's default button (implicit submission).
  const form = formOf(control);
  return press.key === 'Enter' && form !== null && (within(press.target, form) || formOf(press.target) === form);
}
