/**
 * The column-mapping step of a spreadsheet import: which column holds what. Rebound guesses from the
 * header words people use in their own trackers; the user confirms or changes every guess.
 */
import type { Stage } from '../types';

export const IMPORT_FIELDS = ['company', 'title', 'url', 'appliedOn', 'status', 'location', 'notes', 'tags'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  company: 'Company',
  title: 'Job title',
  url: 'Link to the posting',
  appliedOn: 'Date applied',
  status: 'Status or stage',
  location: 'Location',
  notes: 'Notes',
  tags: 'Tags (separated by commas)',
};

/** Field → column index, or null when no column holds it. */
export type ColumnMapping = Record<ImportField, number | null>;

/** Header words for each field, most specific first. Compared after lower-casing and trimming. */
const HEADER_WORDS: Record<ImportField, RegExp[]> = {
  company: [/^(company|company name|employer|organi[sz]ation|business|firm|client)$/, /company|employer|organi[sz]ation/],
  title: [/^(job title|title|position|role|job|job name|position title|role title)$/, /title|position|role/],
  url: [/^(link|url|job link|job url|posting|posting link|job posting|application link|listing)$/, /link|url|posting|website/],
  appliedOn: [
    /^(applied on|date applied|applied|application date|applied date|date of application|date)$/,
    /applied|application date|submitted/,
  ],
  status: [/^(status|stage|state|outcome|result|progress|current status|application status)$/, /status|stage|outcome/],
  location: [/^(location|city|place|where|office)$/, /location|city/],
  notes: [/^(notes?|comments?|remarks?|details)$/, /note|comment/],
  tags: [/^(tags?|labels?|categor(y|ies)|keywords?)$/, /\btags?\b|label/],
};

const normalise = (header: string) => header.trim().toLowerCase().replace(/[_\s]+/g, ' ').replace(/[:*]$/, '');

/**
 * Guess each field's column. Exact header words beat partial ones, and no column is used twice
 * ("Application status" is a status, not an applied date).
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ColumnMapping;
  const used = new Set<number>();
  const names = headers.map(normalise);
  for (const pass of [0, 1]) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      const pattern = HEADER_WORDS[field][pass];
      if (!pattern) continue;
      const index = names.findIndex((name, i) => !used.has(i) && name !== '' && pattern.test(name));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

/** Status words from people's trackers, checked in order; the first that matches wins. */
const STATUS_WORDS: [RegExp, Stage][] = [
  [/ghost|no (response|reply|answer)|never heard|silence|no news|unanswered/, 'no_response'],
  [/withdr|i declined|declined offer|pulled out|not interested|cancel/, 'withdrawn'],
  [/reject|declin|not selected|turned down|unsuccessful|no offer|denied|closed|^no$|dead|lost|pass(ed)?$/, 'rejected'],
  [/accept|hired|signed|joined|started/, 'accepted'],
  [/offer/, 'offer'],
  [/interview|on-?site|onsite|technical|final|panel|take-?home|assessment|round|case study/, 'interviewing'],
  [/screen|recruiter|phone|call|hr chat|contacted|reached out|responded|in review|reviewing/, 'screening'],
  [/appl|submitted|sent|waiting|pending|in progress/, 'applied'],
  [/saved|wish|interested|bookmark|to apply|draft|planned|todo|to do|want/, 'saved'],
];

/** "Phone screen" → screening, "Ghosted" → no_response; null for a word Rebound cannot place. */
export function stageFromStatus(word: string): Stage | null {
  const text = word.trim().toLowerCase();
  if (!text) return null;
  for (const [pattern, stage] of STATUS_WORDS) if (pattern.test(text)) return stage;
  return null;
}
