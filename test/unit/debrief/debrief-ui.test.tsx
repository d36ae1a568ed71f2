import { describe, expect, it } from 'vitest';
import { saveCapture, setStage } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { DbProvider } from '../../../src/ui/db-context';
import { UndoProvider } from '../../../src/ui/UndoBar';
import { DebriefView } from '../../../src/options/debrief/DebriefView';
import { InsightsView } from '../../../src/options/debrief/InsightsView';
import { PendingDebriefs } from '../../../src/popup/PendingDebriefs';
import { OfferDebrief } from '../../../src/ui/OfferDebrief';
import { completeDebrief, debriefFor, ensureDebriefFor, saveDebrief } from '../../../src/db/debrief-repository';
import { byLabel, byText, click, eachUiTest, mount, type Mounted, queryByText, typeInto, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';
import { options, type ComponentChildren } from 'preact';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({}, (fresh) => (db = fresh));

function withDb(children: ComponentChildren) {
  return (
    <DbProvider db={db}>
      <UndoProvider>{children}</UndoProvider>
    </DbProvider>
  );
}

async function rejected(company = 'Acme', title = 'Product Designer') {
  const { application } = await saveCapture(db, newDraft({ company, title }), { source: 'popup', stage: 'applied' });
  await setStage(db, application.id, 'rejected', 'popup');
  return application;
}

const MARKUP_FEEDBACK =
  '<p>Hi,</p><p>It was a <b>really difficult decision</b>. We went with a more experienced candidate.</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('themes', () => {
  it('keeps both of two themes ticked one right after the other', async () => {
    const app = await rejected();
    const debrief = await ensureDebriefFor(db, app.id);
    await saveDebrief(db, debrief.id, { step: 'feedback' });
    view = mount(withDb(<DebriefView params={{ id: app.id }} />));
    const root = view.root;
    await waitFor(() => queryByText(root, 'label', 'Their feedback'), 'feedback step');
    // The second click comes before the first one's write has reached the screen.
    click(byLabel(root, 'Close call: a stronger candidate'));
    click(byLabel(root, 'The resume did not show a skill'));
    await eventually(async () => (await debriefFor(db, app.id))?.themes.length === 2, 'both themes saved');
    expect((await debriefFor(db, app.id))?.themes.sort()).toEqual(['close_call', 'resume_skill']);
  });
});

describe('the debrief flow', () => {
  it('walks the five steps, saving each one, and keeps pasted markup as plain text', async () => {
    const app = await rejected();
    await saveCapture(db, newDraft({ company: 'Globex', title: 'Designer' }), { source: 'popup', stage: 'applied' });
    await saveCapture(db, newDraft({ company: 'Initech', title: 'UX Lead' }), { source: 'popup', stage: 'saved' });
    view = mount(withDb(<DebriefView params={{ id: app.id }} />));
    const root = view.root;

    // 1 Perspective: created on open, warm words, live numbers.
    await waitFor(() => queryByText(root, 'h1', 'Product Designer at Acme'), 'title');
    await waitFor(() => queryByText(root, 'p', /You still have 1 application in flight/), 'numbers');
    expect(root.textContent).toContain('feeling disappointed for a while is completely normal');
    expect(root.textContent).toContain('out of your hands');
    expect((await debriefFor(db, app.id))?.status).toBe('pending');

    // 2 Ask: the note is filled from the application and the contact; "I sent it" schedules a reminder.
    click(byText(root, 'button', 'Next: Ask for feedback'));
    await eventually(async () => (await debriefFor(db, app.id))?.step === 'ask', 'step saved');
    const note = () => byLabel(root, 'Your note').value;
    expect(note()).toMatch(/^Hello,/);
    expect(note()).toContain('the Product Designer role at Acme');
    typeInto(byLabel(root, 'Their name (optional)'), 'Dana Smith');
    expect(note()).toMatch(/^Hi Dana,/);
    typeInto(byLabel(root, 'Their email (optional)'), 'dana@acme.test');
    const mail = byText<HTMLAnchorElement>(root, 'a', 'Open in mail');
    expect(mail.getAttribute('href')).toMatch(/^mailto:dana@acme\.test\?subject=Thank%20you%3A%20Product%20Designer%20at%20Acme&body=Hi%20Dana%2C/);
    click(byText(root, 'button', 'I sent it'));
    await waitFor(() => queryByText(root, 'p', /Rebound will remind you once/), 'sent message');
    const afterSend = await debriefFor(db, app.id);
    expect(afterSend?.contact).toEqual({ name: 'Dana Smith', email: 'dana@acme.test' });
    expect(afterSend?.reminderAt).toBeGreaterThan(afterSend!.noteSentAt!);

    // 3 Feedback: markup-like text is stored as pasted, never becomes markup, and suggests themes with the words.
    click(byText(root, 'button', 'Next: Use the feedback'));
    await waitFor(() => queryByText(root, 'label', 'Their feedback'), 'feedback step');
    typeInto(byLabel(root, 'Their feedback'), MARKUP_FEEDBACK);
    await eventually(async () => (await debriefFor(db, app.id))?.feedback === MARKUP_FEEDBACK, 'feedback saved');
    expect(root.querySelector('img, script, b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    const closeCall = byLabel(root, 'Close call: a stronger candidateSuggested');
    const why = root.querySelector(`#${closeCall.id}-why`)!;
    // The reason quotes the clauses the words sit in, not the words alone.
    expect([...why.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['It was a really difficult decision', 'We went with a more experienced candidate']);
    expect((await debriefFor(db, app.id))?.reminderAt).toBeNull();
    click(closeCall);
    await waitFor(() => queryByText(root, 'p', /^You came close, and that counts\. They chose between strong people/), 'close call named');
    expect((await debriefFor(db, app.id))?.themes).toEqual(['close_call']);
    click(byText(root, 'button', /^Add/));
    await eventually(async () => (await db.actionItems.count()) === 1, 'action item added');
    const [item] = await db.actionItems.toArray();
    expect(item?.text).toContain('Acme process');
    expect(item?.theme).toBe('close_call');

    // 4 Silver lining: a preference, tied to this application.
    click(byText(root, 'button', 'Next: Silver lining'));
    const want = await waitFor(() => byLabel(root, 'Something I want in a company or role'), 'preference field');
    typeInto(want, 'Interviewers who share feedback early');
    click(byText(root, 'form:first-of-type button', 'Add'));
    await eventually(async () => (await db.preferences.count()) === 1, 'preference added');
    expect((await db.preferences.toArray())[0]).toMatchObject({ kind: 'want', sourceApplicationId: app.id });

    // 5 Keep going: the saved job is listed; finishing marks the debrief done.
    click(byText(root, 'button', 'Next: Keep going'));
    await waitFor(() => queryByText(root, 'p', /This week:/), 'week progress');
    await waitFor(() => queryByText(root, '.saved-job', /UX Lead/), 'saved job');
    // No goal chosen (settings unreadable here): the count alone, no "of 10" nobody picked.
    expect(byText(root, 'p', /This week:/).textContent).toMatch(/^This week: \d+ applications? sent\.$/);
    typeInto(byLabel(root, 'Your next step'), 'Apply to Initech by Friday');
    click(byText(root, 'button', 'Finish the debrief'));
    await waitFor(() => queryByText(root, 'h2', /Debrief done/), 'done');
    const done = await debriefFor(db, app.id);
    expect(done?.status).toBe('done');
    expect(done?.nextStep).toBe('Apply to Initech by Friday');
  });

  it('resumes at the saved step after the page is closed and opened again', async () => {
    const app = await rejected();
    const debrief = await ensureDebriefFor(db, app.id);
    await saveDebrief(db, debrief.id, { step: 'feedback', reflection: 'I rushed my answers' });
    view = mount(withDb(<DebriefView params={{ id: app.id }} />));
    await waitFor(() => queryByText(view!.root, 'h2', /Step 3 of 5/), 'step 3');
    expect(byLabel(view.root, 'Your own thoughts (optional, just for you)').value).toBe('I rushed my answers');
  });
});

/** waitFor for checks that read the database (asynchronous). */
async function eventually(check: () => Promise<boolean>, what: string) {
  let ok = false;
  await waitFor(() => {
    void check().then((value) => (ok = value));
    return ok;
  }, what);
}

describe('pending debriefs in the popup', () => {
  it('lists a pending debrief by company and drops it once done', async () => {
    const app = await rejected('Acme');
    const debrief = await ensureDebriefFor(db, app.id);
    const opened: string[] = [];
    view = mount(withDb(<PendingDebriefs onOpen={(id) => opened.push(id)} />));
    const item = await waitFor(() => queryByText(view!.root, 'button', 'Debrief to do: Acme'), 'pending item');
    expect(view.root.textContent).toContain('when you’re ready');
    click(item);
    expect(opened).toEqual([app.id]);
    await completeDebrief(db, debrief.id);
    await waitFor(() => view!.root.textContent === '', 'list empties');
  });
});

describe('offer to debrief', () => {
  it('creates the pending debrief; Later keeps it pending, Start opens it', async () => {
    const app = await rejected('Acme');
    const started: string[] = [];
    let later = 0;
    view = mount(
      withDb(<OfferDebrief applicationId={app.id} company="Acme" onStart={(id) => started.push(id)} onLater={() => (later += 1)} />),
    );
    await eventually(async () => (await debriefFor(db, app.id)) !== undefined, 'debrief ensured');
    await waitFor(() => queryByText(view!.root, 'strong', 'Sorry about Acme.'), 'offer');
    click(byText(view.root, 'button', 'Later'));
    expect(later).toBe(1);
    expect((await debriefFor(db, app.id))?.status).toBe('pending');
    click(byText(view.root, 'button', 'Start the debrief now'));
    expect(started).toEqual([app.id]);
  });
});

describe('insights page', () => {
  it('shows the chart numbers as text, the suggestion, and past feedback as plain text', async () => {
    for (const company of ['Acme', 'Globex', 'Initech']) {
      const app = await rejected(company);
      const debrief = await ensureDebriefFor(db, app.id);
      await saveDebrief(db, debrief.id, { feedback: '<b>nervous</b> & <i>vague</i>', themes: ['interview'] });
      await completeDebrief(db, debrief.id);
    }
    view = mount(withDb(<InsightsView />));
    const root = view.root;
    await waitFor(() => queryByText(root, 'li', /^3 of your last 3 mention interview technique: a practice session could help most\.$/), 'suggestion');
    expect(byText(root, 'figcaption li', /^Interview technique or confidence:/).textContent).toBe('Interview technique or confidence: 3 of 3');
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await waitFor(() => root.querySelectorAll('.plain-text').length === 3, 'past feedback');
    const shown = root.querySelector('.plain-text')!;
    expect(shown.textContent).toBe('<b>nervous</b> & <i>vague</i>');
    expect(shown.children).toHaveLength(0);
  });
});

describe('preference reminder', () => {
  it('shows what the user wants and would rather avoid, newest first, and nothing when empty', async () => {
    const { PreferenceReminder } = await import('../../../src/ui/PreferenceReminder');
    const { addPreference } = await import('../../../src/db/debrief-repository');
    // It renders once on mounting and again with its query's first answer: only the second says "none".
    let renders = 0;
    const before = options.diffed;
    options.diffed = (vnode) => {
      if (vnode.type === PreferenceReminder) renders++;
      before?.(vnode);
    };
    try {
      view = mount(withDb(<PreferenceReminder />));
      await waitFor(() => renders >= 2, 'the reminder’s first answer');
    } finally {
      options.diffed = before;
    }
    expect(view.root.textContent).toBe('');
    await addPreference(db, 'Small teams', 'want', null, 1);
    await addPreference(db, 'Five interview rounds', 'avoid', null, 2);
    await addPreference(db, 'Feedback early', 'want', null, 3);
    await waitFor(() => view!.root.querySelectorAll('li').length === 3, 'three preferences');
    expect([...view.root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Want: Feedback early',
      'Want: Small teams',
      'Rather avoid: Five interview rounds',
    ]);
  });
});
