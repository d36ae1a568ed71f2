import { useEffect, useState } from 'preact/hooks';

export type PipelineLayout = 'table' | 'board';
const KEY = 'rebound:pipeline-view';

/** Table or board, remembered across visits (localStorage: it is a preference, not data). */
export function useViewChoice(): [PipelineLayout, (layout: PipelineLayout) => void] {
  const [layout, setLayout] = useState<PipelineLayout>(() => {
    try {
      return localStorage.getItem(KEY) === 'board' ? 'board' : 'table';
    } catch {
      return 'table';
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(KEY, layout);
    } catch {
      // Storage can be unavailable (private modes): the choice still holds for this visit.
    }
  }, [layout]);
  return [layout, setLayout];
}
