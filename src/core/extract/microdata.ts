/** schema.org JobPosting written as microdata (itemscope / itemtype / itemprop). */
import { readItem, jobPostingRoots, type ItemSyntax } from './items';
import { jobFromNode, type StructuredJob } from './schema';

const MICRODATA: ItemSyntax = {
  scope: '[itemscope][itemtype]',
  typeAttr: 'itemtype',
  propAttr: 'itemprop',
  isItem: (el) => el.hasAttribute('itemscope'),
};

export function microdataJobs(doc: Document): StructuredJob[] {
  try {
    return jobPostingRoots(doc, MICRODATA).map((root) => jobFromNode(readItem(root, MICRODATA)));
  } catch {
    return [];
  }
}
