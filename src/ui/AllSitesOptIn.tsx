/**
 * Settings block: let Rebound notice applications on company career sites too. Self-contained: mount
 * it anywhere in the options page (it reads and changes the optional permission itself).
 */
import { useEffect, useState } from 'preact/hooks';
import { hasAllSites, removeAllSites, requestAllSites } from './all-sites-permission';

type Status = 'unknown' | 'on' | 'off';

export function AllSitesOptIn() {
  const [status, setStatus] = useState<Status>('unknown');
  const [note, setNote] = useState('');

  useEffect(() => {
    let alive = true;
    void hasAllSites().then((on) => alive && setStatus(on ? 'on' : 'off'));
    return () => {
      alive = false;
    };
  }, []);

  // Called straight from the click: the browser only shows its permission prompt during a user gesture.
  const turnOn = () => {
    requestAllSites()
      .then((granted) => {
        setStatus(granted ? 'on' : 'off');
        setNote(granted ? 'Done. Rebound will now notice applications on company career sites too.' : 'No problem — nothing changed.');
      })
      .catch(() => setNote('The browser did not allow the request just now. Please try again.'));
  };
  const turnOff = () => {
    void removeAllSites().then((removed) => {
      setStatus(removed ? 'off' : 'on');
      setNote(removed ? 'Turned off. Rebound now runs only on the job boards it knows.' : '');
    });
  };

  return (
    <section class="all-sites-opt-in" aria-labelledby="all-sites-opt-in-title">
      <h2 id="all-sites-opt-in-title">Company career sites</h2>
      <p>
        Rebound already notices your applications on the big job boards and applicant-tracking systems (LinkedIn,
        Indeed, Greenhouse, Lever, Workday and others). Many companies also post jobs on their own career sites.
      </p>
      <p>
        To notice those too, Rebound needs your permission for https sites, because a career site can be anywhere. It
        still looks only at pages whose address looks like a job or an application (such as …/careers/…, …/jobs/…,
        …/apply, …/karriere/…) and checks there whether the page describes a job; every other page gets nothing of
        Rebound at all. What it finds stays on this computer — Rebound has no server and sends nothing anywhere.
      </p>
      {status === 'on' ? (
        <button type="button" onClick={turnOff}>
          Stop looking at other sites
        </button>
      ) : (
        <button type="button" onClick={turnOn} disabled={status === 'unknown'}>
          Also notice applications on career sites
        </button>
      )}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
