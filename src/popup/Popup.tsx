/** The toolbar popup: this page's job, the pipeline's numbers, feature sections, recent applications. */
import { DbProvider } from '../ui/db-context';
import { Logo } from '../ui/Logo';
import type { ReboundDb } from '../db/schema';
import { CaptureCard } from './components/CaptureCard';
import { PipelineSummary } from './components/PipelineSummary';
import { RecentApplications } from './components/RecentApplications';
import { POPUP_SECTIONS, type PopupSectionSlot } from './sections';
import type { PopupServices } from './services';

interface Props {
  services: PopupServices;
  /** Tests pass a fresh database; the extension uses the shared one. */
  db?: ReboundDb;
  sections?: readonly PopupSectionSlot[];
}

function PopupBody({ services, sections = POPUP_SECTIONS }: Omit<Props, 'db'>) {
  return (
    <div class="popup">
      <header class="popup__header">
        <Logo size={24} />
        <span class="popup__brand">Rebound</span>
        <button type="button" class="link-button popup__open" onClick={() => services.openPipeline()}>
          Open your pipeline
        </button>
      </header>
      <main class="popup__main">
        <PipelineSummary />
        <CaptureCard services={services} />
        <p class="popup__add">
          <button type="button" class="link-button" onClick={() => services.openAddJob()}>
            + Add a job by hand
          </button>
          <span class="muted"> — a referral, or a lead from an email</span>
        </p>
        {sections.map(({ id, title, component: Section }) => (Section ? <Section key={id} title={title} /> : null))}
        <RecentApplications onOpen={(id) => services.openPipeline(id)} />
      </main>
    </div>
  );
}

export function Popup({ db, ...rest }: Props) {
  return db ? (
    <DbProvider db={db}>
      <PopupBody {...rest} />
    </DbProvider>
  ) : (
    <PopupBody {...rest} />
  );
}
