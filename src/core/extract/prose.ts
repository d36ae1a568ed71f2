/**
 * The employer named in the opening of a description: "ABC Company Inc. seeks a full-time …",
 * "Acme is looking for …". A last resort when neither markup nor title names the company.
 */
const OPENING =
  /(?:^|[.:!]\s+)((?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9&][\w&'’.-]*|of|and|de|&)){0,5})\s+(?:seeks|is seeking|is hiring|is looking for|are looking for|are seeking)\b/;

const NOT_A_NAME = /^(we|our|the|this|your|you|they|it|he|she|my|a|an|job|role|position|company|team|description)\b/i;

export function companyFromProse(text: string): string {
  const m = OPENING.exec(text.slice(0, 600));
  const name = m?.[1]?.trim() ?? '';
  return name && name.length <= 80 && !NOT_A_NAME.test(name) ? name : '';
}
