import { describe, expect, it, vi } from 'vitest';
import type { JobDraft, PageKind } from '../../../src/core/types';
import { addPreference, debriefFor, deletePreference } from '../../../src/db/debrief-repository';
import { saveCapture } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { CaptureCard } from '../../../src/popup/components/CaptureCard';
import type { PopupServices } from '../../../src/popup/services';
import { DbProvider } from '../../../src/ui/db-context';
import { byAriaLabel, byText, choose, click, eachUiTest, mount, type Mounted, queryByText, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({}, (fresh) => (db = fresh));

/** Detects `detected` on the page; saving does what the background does (saveCapture). */
function services(detected: JobDraft, page: PageKind = 'posting'): PopupServices {
  return {
    activeTab: async () => ({ id: 1, url: detected.url }),
    detect: async () => ({ ok: true, value: { page, draft: detected } }),
    save: async (job, stage) => {
      const result = await saveCapture(db, job, { source: 'popup', stage });
      return {
        ok: true,
        value: { applicationId: result.application.id, created: result.created, stage: result.application.stage, undoToken: 'u' },
      };
    },
    openPipeline: vi.fn(),
    openAddJob: vi.fn(),
  };
}

function card(detected: JobDraft, page?: PageKind) {
  return mount(
    <DbProvider db={db}>
      <CaptureCard services={services(detected, page)} />
    </DbProvider>,
  );
}

const reminder = (root: HTMLElement) => root.querySelector('[aria-label="What you are looking for"]');

describe('capture card: preferences beside an unsaved posting', () => {
  it('shows what the debriefs taught while the posting is unsaved, follows changes, and goes once it is saved', async () => {
    const small = await addPreference(db, 'Small teams', 'want', null, 1);
    await addPreference(db, 'Unpaid take-home tasks', 'avoid', null, 2);
    view = card(newDraft({ title: 'Designer' }));
    const root = view.root;
    await waitFor(() => reminder(root), 'reminder');
    expect([...reminder(root)!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Want: Small teams',
      'Rather avoid: Unpaid take-home tasks',
    ]);
    expect(root.querySelector('input[name="title"]')).not.toBeNull(); // the unsaved form

    await deletePreference(db, small!.id);
    await waitFor(() => reminder(root)?.querySelectorAll('li').length === 1, 'one preference left');

    click(byText(root, 'button', 'Save this job'));
    await waitFor(() => root.querySelector('.capture--saved'), 'saved state');
    expect(reminder(root)).toBeNull();
  });

  it('is absent without preferences, and appears as soon as one is added', async () => {
    view = card(newDraft({ title: 'Designer' }));
    const root = view.root;
    await waitFor(() => root.querySelector('input[name="title"]'), 'form');
    expect(reminder(root)).toBeNull();
    await addPreference(db, 'Feedback early', 'want', null, 1);
    await waitFor(() => reminder(root), 'reminder after adding');
    const first = await db.preferences.toArray();
    await deletePreference(db, first[0]!.id);
    await waitFor(() => reminder(root) === null, 'gone again once none are left');
  });
});

describe('capture card: debrief offer after a rejection', () => {
  it('offers the debrief when the saved job is marked rejected, and Later hides it (still pending)', async () => {
    const job = newDraft({ title: 'Data Analyst', company: 'Fable' });
    const { application } = await saveCapture(db, job, { source: 'popup', stage: 'applied' });
    view = card(job);
    const root = view.root;
    await waitFor(() => root.querySelector('.capture--saved'), 'saved state');
    expect(root.querySelector('.offer-debrief')).toBeNull();

    choose(byAriaLabel(root, 'Stage of Data Analyst'), 'interviewing');
    await waitFor(() => queryByText(root, '.capture__status', 'Stage updated.'), 'stage updated');
    expect(root.querySelector('.offer-debrief')).toBeNull();

    choose(byAriaLabel(root, 'Stage of Data Analyst'), 'rejected');
    await waitFor(() => queryByText(root, 'strong', 'Sorry about Fable.'), 'offer');
    expect((await debriefFor(db, application.id))?.status).toBe('pending');
    expect(root.querySelector('.capture__status')?.textContent).toBe('');
    click(byText(root, 'button', 'Later'));
    expect(root.querySelector('.offer-debrief')).toBeNull();
    expect((await debriefFor(db, application.id))?.status).toBe('pending');
  });
});
