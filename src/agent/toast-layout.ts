/** Where the toast goes: bottom-right, unless that would cover the site's own submit control. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export type Corner = 'bottom' | 'top';

/** `bottomBox` and `topBox` are where the toast would sit in each corner; `avoid` the controls to keep clear. */
export function chooseCorner(bottomBox: Box, topBox: Box, avoid: Box[]): Corner {
  if (!avoid.some((box) => overlaps(bottomBox, box))) return 'bottom';
  if (!avoid.some((box) => overlaps(topBox, box))) return 'top';
  return 'bottom';
}
