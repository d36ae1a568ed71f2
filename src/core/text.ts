/** Small text helpers shared by extraction and the UI. */

/** Collapse runs of white space and trim. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Clip to at most `max` characters without cutting a word in half where avoidable. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
