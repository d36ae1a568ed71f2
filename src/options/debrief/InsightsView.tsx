/**
 * Route `#/insights`: debriefs waiting, patterns across debriefs, open action items, past debriefs
 * (with the feedback as it came, as plain text) and the preferences list.
 */
import { themeLabel } from '../../core/debrief/themes';
import { pendingDebriefs } from '../../db/debrief-repository';
import { useDb } from '../../ui/db-context';
import { formatDay } from '../../ui/format';
import { useLiveQuery } from '../../ui/use-live-query';
import { ActionItemList } from './ActionItems';
import { roleAtCompany } from './DebriefFlow';
import { Insights } from './Insights';
import { debriefPaths } from './paths';
import { Preferences } from './Preferences';
import './debrief.css';

function Waiting() {
  const db = useDb();
  const pending = useLiveQuery(() => pendingDebriefs(db), [db]);
  if (!pending || pending.length === 0) return null;
  return (
    <section class="debrief-section card" aria-labelledby="waiting-title">
      <h2 id="waiting-title">Debriefs to do</h2>
      <ul class="debrief-links">
        {pending.map(({ debrief, application }) => (
          <li key={debrief.id}>
            <a href={`#${debriefPaths.debrief(application.id)}`}>{roleAtCompany(application)}</a>
            <span class="muted"> · {debrief.status === 'in_progress' ? 'pick up where you left off' : 'when you are ready'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OpenActions() {
  const db = useDb();
  const open = useLiveQuery(async () => {
    const items = await db.actionItems.orderBy('createdAt').toArray();
    return items.filter((item) => item.doneAt === null);
  }, [db]);
  if (!open || open.length === 0) return null;
  return (
    <section class="debrief-section card" aria-labelledby="open-actions-title">
      <h2 id="open-actions-title">Your open action items</h2>
      <ActionItemList items={open} />
    </section>
  );
}

function PastDebriefs() {
  const db = useDb();
  const past = useLiveQuery(async () => {
    const done = await db.debriefs.where('status').equals('done').toArray();
    const apps = await db.applications.bulkGet(done.map((d) => d.applicationId));
    return done
      .map((debrief, i) => ({ debrief, application: apps[i] }))
      .filter((row) => row.application !== undefined)
      .sort((a, b) => (b.debrief.completedAt ?? 0) - (a.debrief.completedAt ?? 0));
  }, [db]);
  if (!past || past.length === 0) return null;
  return (
    <section class="debrief-section card" aria-labelledby="past-title">
      <h2 id="past-title">Past debriefs</h2>
      <ul class="past-debriefs">
        {past.map(({ debrief, application }) => (
          <li key={debrief.id} class="past-debrief">
            <p>
              <a href={`#${debriefPaths.debrief(debrief.applicationId)}`}>{roleAtCompany(application!)}</a>
              {debrief.completedAt ? <span class="muted"> · {formatDay(debrief.completedAt)}</span> : null}
            </p>
            {debrief.themes.length > 0 ? (
              <p class="muted">{debrief.themes.map(themeLabel).join(' · ')}</p>
            ) : null}
            {debrief.feedback.trim() ? (
              <details>
                <summary>What they said</summary>
                {/* Kept exactly as pasted and shown as text: an email's markup stays visible characters. */}
                <p class="plain-text">{debrief.feedback}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function InsightsView() {
  return (
    <div class="debrief-page">
      <header class="debrief__header">
        <h1 tabIndex={-1}>Debriefs and insights</h1>
        <p class="muted">What your rejections are teaching you, and where to put your effort next.</p>
      </header>
      <Waiting />
      <Insights />
      <OpenActions />
      <PastDebriefs />
      <Preferences />
    </div>
  );
}
