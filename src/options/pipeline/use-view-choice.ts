import { useRemembered } from '../../ui/use-remembered';

export type PipelineLayout = 'table' | 'board';

/** Table or board, remembered across visits. */
export function useViewChoice(): [PipelineLayout, (layout: PipelineLayout) => void] {
  return useRemembered<PipelineLayout>('rebound:pipeline-view', ['table', 'board'], 'table');
}

/**
 * Closed applications (accepted, rejected, withdrawn, no response) hidden from the board and the
 * table, remembered: seeing rejections every morning hurts, and the debriefs stay reachable anyway.
 */
export function useHideClosed(): [boolean, (hide: boolean) => void] {
  const [value, setValue] = useRemembered<'hide' | 'show'>('rebound:hide-closed', ['hide', 'show'], 'show');
  return [value === 'hide', (hide) => setValue(hide ? 'hide' : 'show')];
}
