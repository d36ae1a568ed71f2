/** All structured JobPostings on a page: JSON-LD first (most complete), then microdata, then RDFa. */
import { jsonLdJobs } from './jsonld';
import { microdataJobs } from './microdata';
import { rdfaJobs } from './rdfa';
import type { StructuredJob } from './schema';

export function structuredJobs(doc: Document): StructuredJob[] {
  return [...jsonLdJobs(doc), ...microdataJobs(doc), ...rdfaJobs(doc)].filter((job) => job.title || job.company);
}

/** How many different jobs the structured data describes (the same job in two syntaxes counts once). */
export function distinctJobCount(jobs: StructuredJob[]): number {
  return new Set(jobs.map((j) => `${j.title ?? ''}|${j.company ?? ''}`.toLowerCase())).size;
}
