/**
 * The options-page hash path a nudge leads to. The options page routes these:
 *   /app/<id>                  one application
 *   /list?stage=<stage>        the pipeline filtered to a stage (saved jobs: /list?stage=saved)
 *   /list?ids=<id>,<id>,…      the pipeline narrowed to these applications (ids URL-encoded)
 *   /debrief/<applicationId>   the rejection debrief of one application
 *   /                          the whole pipeline
 */
import type { NudgeTarget } from './types';

export function targetPath(target: NudgeTarget): string {
  switch (target.view) {
    case 'app':
      return `/app/${encodeURIComponent(target.id)}`;
    case 'debrief':
      return `/debrief/${encodeURIComponent(target.id)}`;
    case 'saved':
      return '/list?stage=saved';
    case 'list': {
      const query = new URLSearchParams();
      if (target.filter.stage) query.set('stage', target.filter.stage);
      if (target.filter.ids?.length) query.set('ids', target.filter.ids.join(','));
      const text = query.toString();
      return text ? `/list?${text}` : '/';
    }
  }
}
