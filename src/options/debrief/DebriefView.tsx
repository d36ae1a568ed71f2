/** Route `#/debrief/<applicationId>`: the guided debrief of one rejected application. */
import { useEffect } from 'preact/hooks';
import { debriefFor, ensureDebriefFor } from '../../db/debrief-repository';
import { useDb } from '../../ui/db-context';
import { useLiveQueryState } from '../../ui/use-live-query';
import { DebriefFlow } from './DebriefFlow';
import { debriefPaths } from './paths';
import './debrief.css';

export function DebriefView({ params }: { params: Record<string, string> }) {
  const db = useDb();
  const applicationId = params.id ?? '';
  const { value: loaded, error } = useLiveQueryState(async () => {
    const [application, debrief] = await Promise.all([db.applications.get(applicationId), debriefFor(db, applicationId)]);
    return { application, debrief };
  }, [db, applicationId]);

  // Opening the page is enough to start one: the debrief may not exist yet (e.g. rejected before
  // this feature, or from a path that did not create one). Idempotent.
  const exists = loaded?.application !== undefined;
  useEffect(() => {
    if (exists) void ensureDebriefFor(db, applicationId);
  }, [db, applicationId, exists]);

  if (error) {
    return (
      <section class="debrief">
        <h1 tabIndex={-1}>Debrief</h1>
        <p class="debrief-note">Sorry, this debrief could not be loaded. Please reload the page; nothing you saved is lost.</p>
      </section>
    );
  }
  if (!loaded) return <p class="muted" aria-busy="true">Loading…</p>;
  if (!loaded.application) {
    return (
      <section class="debrief">
        <h1 tabIndex={-1}>Debrief</h1>
        <p class="debrief-note">
          This application is no longer in your pipeline. <a href={`#${debriefPaths.insights()}`}>See your debriefs</a>.
        </p>
      </section>
    );
  }
  if (!loaded.debrief) return <p class="muted" aria-busy="true">Getting your debrief ready…</p>;
  return <DebriefFlow key={loaded.debrief.id} application={loaded.application} debrief={loaded.debrief} />;
}
