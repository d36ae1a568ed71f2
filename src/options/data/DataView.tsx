/** Your data (#/data): download it, bring data in, or delete it all. */
import { useEffect } from 'preact/hooks';
import { useDb } from '../../ui/db-context';
import { BackupImport } from './BackupImport';
import { DeleteEverything } from './DeleteEverything';
import { ExportSection } from './ExportSection';
import { SheetImport } from './SheetImport';
import './data.css';

export function DataView() {
  const db = useDb();
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
      <DeleteEverything db={db} />
    </div>
  );
}
