/**
 * How big a file Rebound reads. The whole file is held in memory as text and parsed at once, which
 * costs a few times its size, so there must be a limit; 45 MB (MiB) stays comfortable in a browser
 * tab and is above any real export: 10,000 applications with job descriptions of about 3,000
 * characters and their timelines come to 40.9 MB (measured by test/unit/transfer/round-trip.test.ts,
 * which fails if that ever passes the limit). A busy search is a few hundred applications: ~2 MB.
 */
export const MAX_IMPORT_BYTES = 45 * 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The plain-words refusal for a file over the limit, or null when it fits. */
export function sizeProblem(bytes: number, limit = MAX_IMPORT_BYTES): string | null {
  if (bytes === 0) return 'This file is empty, so there is nothing to import.';
  if (bytes <= limit) return null;
  return (
    `This file is ${formatMegabytes(bytes)}, more than the ${formatMegabytes(limit)} Rebound can read at once. ` +
    'A Rebound export of 10,000 applications is well under that, so this is probably not a Rebound export.'
  );
}
