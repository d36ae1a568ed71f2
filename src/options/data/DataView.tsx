/** Your data (#/data): download it, bring data in, or delete it all. */
import { useEffect } from 'preact/hooks';
import { useLazy } from '../../ui/use-lazy';
import { useDb } from '../../ui/db-context';
import { BackupImport } from './BackupImport';
import { DeleteEverything } from './DeleteEverything';
import { ExportSection } from './ExportSection';
import { SheetImport } from './SheetImport';
import './data.css';

export function DataView() {
  const db = useDb();
  // Needs the extension API (chrome.storage): loaded on first render, like the settings' opt-ins.
  const ForgetEmails = useLazy(() => import('../mail/ForgetEmails').then((module) => module.ForgetEmails));
  useEffect(() => {
    document.title = 'Your data · Rebound';
  }, []);
  return (
    <div class="data-view">
      <div>
        <h1 tabIndex={-1}>Your data</h1>
        <p class="muted">It is yours: take it with you, bring your old tracker in, or start over.</p>
      </div>
      <ExportSection db={db} />
      <BackupImport db={db} />
      <SheetImport db={db} />
      {ForgetEmails ? <ForgetEmails /> : null}
      <DeleteEverything db={db} />
    </div>
  );
}
