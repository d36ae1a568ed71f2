/** The pipeline's slim rows as a Preact hook (see pipeline-store.ts for how they are loaded). */
import { useEffect, useState } from 'preact/hooks';
import type { ReboundDb } from '../../db/schema';
import { readLastPipelineCounts } from '../../ui/last-counts';
import { watchPipeline, type PipelineSnapshot } from './pipeline-store';

export interface PipelineState {
  /** undefined until the first screen's rows arrive. */
  snapshot: PipelineSnapshot | undefined;
  error: unknown;
}

export function usePipeline(db: ReboundDb): PipelineState {
  const [state, setState] = useState<PipelineState>({ snapshot: undefined, error: undefined });
  useEffect(() => {
    setState({ snapshot: undefined, error: undefined });
    return watchPipeline(db, {
      onChange: (snapshot) => setState({ snapshot, error: undefined }),
      onError: (error) => setState((current) => ({ ...current, error })),
      // The header remembers the total it last counted (src/options/Header.tsx).
      lastTotal: readLastPipelineCounts(db.name)?.total ?? null,
    });
  }, [db]);
  return state;
}
