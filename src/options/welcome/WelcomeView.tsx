/**
 * First steps (#/welcome), opened once when Rebound is installed (not on updates): pin the button,
 * the save shortcut as it is really set, where capture is automatic, the opt-ins in plain words, a
 * weekly goal (or none), and bringing an old spreadsheet. Every part can be skipped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { BOARD_IDS, boardLabel } from '../../ui/format';
import { Logo } from '../../ui/Logo';
import { useAllSitesOptIn } from '../../ui/use-all-sites-opt-in';
import { useLazy } from '../../ui/use-lazy';
import { WeeklyGoalField } from '../../ui/WeeklyGoalField';
import { href } from '../nav';
import { openShortcutSettings, readShortcut, type ShortcutInfo } from './shortcut';
import './welcome.css';

/** The saved weekly goal, and a setter that saves; undefined until the settings load. */
function useGoal(): [number | null | undefined, (goal: number | null) => void, string] {
  const [goal, setGoal] = useState<number | null | undefined>(undefined);
  const [note, setNote] = useState('');
  useEffect(() => {
    let live = true;
    import('../../shared/settings-store')
      .then(({ loadSettings }) => loadSettings())
      .then((settings) => live && setGoal(settings.weeklyGoal))
      .catch(() => live && setGoal(null));
    return () => {
      live = false;
    };
  }, []);
  const save = (next: number | null) => {
    setGoal(next);
    import('../../shared/settings-store')
      .then(({ updateSettings }) => updateSettings((current: Settings) => ({ ...current, weeklyGoal: next })))
      .then(() => setNote(next === null ? 'No goal: Rebound won’t count your week against one.' : `Saved: ${next} a week.`))
      .catch(() => setNote('That didn’t save just now. You can set it later in Settings.'));
  };
  return [goal, save, note];
}

function useShortcut(): ShortcutInfo | null | undefined {
  const [info, setInfo] = useState<ShortcutInfo | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readShortcut().then(
      (found) => live && setInfo(found),
      () => live && setInfo(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return info;
}

export function WelcomeView() {
  const shortcut = useShortcut();
  const [goal, saveGoal, goalNote] = useGoal();
  const AllSitesOptIn = useAllSitesOptIn();
  const MailReplies = useLazy(() => import('../mail/MailReplies').then((module) => module.MailReplies));
  useEffect(() => {
    document.title = 'Welcome · Rebound';
  }, []);

  return (
    <div class="welcome">
      <header class="welcome__head">
        <Logo size={48} />
        <div>
          <h1 tabIndex={-1}>Welcome to Rebound</h1>
          <p class="muted">
            Seven small things to set you up, each one optional. Everything stays on this computer: no account, nothing sent anywhere.
          </p>
        </div>
      </header>

      <ol class="welcome__steps">
        <li class="card welcome__step" aria-labelledby="welcome-pin">
          <h2 id="welcome-pin">Pin the Rebound button</h2>
          <p>
            Click the puzzle-piece icon at the right of your browser’s toolbar, then the pin beside <strong>Rebound</strong>.
            The button shows what’s on the page you’re on, and saves it in one click.
          </p>
        </li>

        <li class="card welcome__step" aria-labelledby="welcome-shortcut">
          <h2 id="welcome-shortcut">Save with a shortcut</h2>
          {shortcut === undefined ? (
            <p class="muted">Looking up your shortcut…</p>
          ) : shortcut?.keys ? (
            <p data-testid="welcome-shortcut">
              On a job posting, press <kbd>{shortcut.keys}</kbd> to save it without opening anything.
            </p>
          ) : (
            <p data-testid="welcome-shortcut">
              No key is set for saving a job right now{shortcut ? '' : ' (the browser didn’t say)'}. You can choose one.
            </p>
          )}
          {shortcut?.canOpenSettings ? (
            <button type="button" class="button" onClick={() => void openShortcutSettings().catch(() => undefined)}>
              Change the shortcut
            </button>
          ) : (
            <p class="muted">
              To change it in Firefox: open Add-ons and themes (about:addons), click the gear icon, then “Manage
              Extension Shortcuts”.
            </p>
          )}
        </li>

        <li class="card welcome__step" aria-labelledby="welcome-where">
          <h2 id="welcome-where">Where Rebound notices by itself</h2>
          <p>
            On these job boards and application systems, Rebound notices when you send an application and records it as
            applied, with the date. A small note on the page says so, with Undo.
          </p>
          <ul class="welcome__boards" aria-label="Job boards and application systems">
            {BOARD_IDS.filter((id) => id !== 'web').map((id) => (
              <li key={id}>{boardLabel(id)}</li>
            ))}
          </ul>
          <p class="muted">Anywhere else, the Rebound button saves the page you’re on.</p>
        </li>

        <li class="card welcome__step" aria-labelledby="welcome-optional">
          <h2 id="welcome-optional">Optional: company career sites</h2>
          {AllSitesOptIn ? <AllSitesOptIn /> : null}
          <p class="muted">It is off until you turn it on, and you can turn it off any time in Settings.</p>
        </li>

        <li class="card welcome__step" aria-labelledby="welcome-replies">
          <h2 id="welcome-replies">Optional: replies by email</h2>
          {MailReplies ? <MailReplies /> : null}
          <p class="muted">Each one is off until you turn it on, and you can turn it off any time in Settings.</p>
        </li>

        <li class="card welcome__step" aria-labelledby="welcome-goal">
          <h2 id="welcome-goal">A weekly goal, if you’d like one</h2>
          <p>
            A small, steady number keeps a search moving without burning you out. Or choose none: Rebound then just
            counts what you send.
          </p>
          {goal === undefined ? null : <WeeklyGoalField value={goal} onChange={saveGoal} />}
          <p class="form-status" role="status">
            {goalNote}
          </p>
        </li>

        <li class="card welcome__step" aria-labelledby="welcome-sheet">
          <h2 id="welcome-sheet">Bring your old spreadsheet</h2>
          <p>
            Kept a list of applications before? Save it as CSV and import it: Rebound asks which column is which, and
            skips jobs you already have.
          </p>
          <a class="button" href={href('/data')}>
            Import a spreadsheet
          </a>
        </li>
      </ol>

      <div class="welcome__done">
        <a class="button button--primary" href={href('/')}>
          Go to your pipeline
        </a>
      </div>
    </div>
  );
}
