/**
 * The weekly goal from the user's settings: null when none was chosen (or until they load, or if
 * they cannot be read). The settings store is imported lazily: it pulls in the extension API, which
 * pages under test lack.
 */
import { useEffect, useState } from 'preact/hooks';

export function useWeeklyGoal(): number | null {
  const [goal, setGoal] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    import('../shared/settings-store')
      .then(({ loadSettings }) => loadSettings())
      .then((settings) => {
        if (live && settings.weeklyGoal !== null && settings.weeklyGoal > 0) setGoal(settings.weeklyGoal);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return goal;
}
