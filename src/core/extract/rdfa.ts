/** schema.org JobPosting written as RDFa Lite (vocab / typeof / property). */
import { readItem, jobPostingRoots, type ItemSyntax } from './items';
import { jobFromNode, type StructuredJob } from './schema';

const RDFA: ItemSyntax = {
  scope: '[typeof]',
  typeAttr: 'typeof',
  propAttr: 'property',
  isItem: (el) => el.hasAttribute('typeof'),
};

export function rdfaJobs(doc: Document): StructuredJob[] {
  try {
    return jobPostingRoots(doc, RDFA).map((root) => jobFromNode(readItem(root, RDFA)));
  } catch {
    return [];
  }
}
