/**
 * The weekly goal from the user's settings (10 until they load, or if they cannot be read). The
 * settings store is imported lazily: it pulls in the extension API, which pages under test lack.
 */
import { useEffect, useState } from 'preact/hooks';

export const DEFAULT_WEEKLY_GOAL = 10;

export function useWeeklyGoal(): number {
  const [goal, setGoal] = useState(DEFAULT_WEEKLY_GOAL);
  useEffect(() => {
    let live = true;
    import('../../shared/settings-store')
      .then(({ loadSettings }) => loadSettings())
      .then((settings) => {
        if (live && Number.isFinite(settings.weeklyGoal) && settings.weeklyGoal > 0) setGoal(settings.weeklyGoal);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return goal;
}
