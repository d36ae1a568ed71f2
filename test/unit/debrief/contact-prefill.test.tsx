import { describe, expect, it } from 'vitest';
import { debriefContactFor } from '../../../src/core/debrief/contact-prefill';
import type { Contact } from '../../../src/core/types';
import { addContact } from '../../../src/db/contacts-interviews';
import { debriefFor, ensureDebriefFor, saveDebrief } from '../../../src/db/debrief-repository';
import { saveCapture, setStage } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { DebriefView } from '../../../src/options/debrief/DebriefView';
import { DbProvider } from '../../../src/ui/db-context';
import { byLabel, byText, click, eachUiTest, mount, type Mounted, queryByText, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

const person = (over: Partial<Contact>): Contact => ({ id: crypto.randomUUID(), name: '', role: '', email: '', profileUrl: '', ...over });

describe('debriefContactFor', () => {
  it('keeps a contact the debrief already has', () => {
    const chosen = { name: 'Sam', email: 'sam@a.test' };
    expect(debriefContactFor(chosen, [person({ name: 'Dana', email: 'dana@a.test' })])).toBe(chosen);
  });

  it('takes the first contact with an email, even after one with only a name', () => {
    const contacts = [person({ name: 'Lee' }), person({ name: ' Dana Smith ', role: 'Recruiter', email: ' dana@a.test ' }), person({ email: 'x@a.test' })];
    expect(debriefContactFor(null, contacts)).toEqual({ name: 'Dana Smith', email: 'dana@a.test' });
  });

  it('falls back to the first with a name, and to nobody', () => {
    expect(debriefContactFor(null, [person({ role: 'Hiring manager' }), person({ name: 'Lee' })])).toEqual({ name: 'Lee', email: '' });
    expect(debriefContactFor(null, [person({ role: 'Hiring manager' })])).toBeNull();
    expect(debriefContactFor(null, [])).toBeNull();
  });
});

describe('the drafted note step', () => {
  let db: ReboundDb;
  let view: Mounted | undefined;

  eachUiTest({}, (fresh) => (db = fresh));

  async function rejectedAtAsk(contacts: { name: string; email: string }[]) {
    const { application } = await saveCapture(db, newDraft({ company: 'Acme', title: 'Product Designer' }), { source: 'popup', stage: 'applied' });
    for (const c of contacts) await addContact(db, application.id, { ...c, role: '', profileUrl: '' }, 'options');
    await setStage(db, application.id, 'rejected', 'options');
    const debrief = await ensureDebriefFor(db, application.id);
    await saveDebrief(db, debrief.id, { step: 'ask' });
    return application;
  }

  const open = async (applicationId: string) => {
    view = mount(
      <DbProvider db={db}>
        <DebriefView params={{ id: applicationId }} />
      </DbProvider>,
    );
    return waitFor(() => queryByText(view!.root, 'label', 'Their name (optional)') && view!.root, 'ask step');
  };

  it('fills the contact from the application, drafts the note to them, and keeps them once sent', async () => {
    const app = await rejectedAtAsk([
      { name: 'Lee Park', email: '' },
      { name: 'Dana Smith', email: 'dana@acme.test' },
    ]);
    const root = await open(app.id);
    expect(byLabel(root, 'Their name (optional)').value).toBe('Dana Smith');
    expect(byLabel(root, 'Their email (optional)').value).toBe('dana@acme.test');
    expect(byLabel(root, 'Your note').value).toMatch(/^Hi Dana,/);
    expect(byText<HTMLAnchorElement>(root, 'a', 'Open in mail').getAttribute('href')).toMatch(/^mailto:dana@acme\.test\?/);

    click(byText(root, 'button', 'I sent it'));
    await waitFor(() => queryByText(root, 'p', /Rebound will remind you once/), 'sent');
    expect((await debriefFor(db, app.id))?.contact).toEqual({ name: 'Dana Smith', email: 'dana@acme.test' });
  });

  it('leaves a contact already chosen in the debrief as it is', async () => {
    const app = await rejectedAtAsk([{ name: 'Dana Smith', email: 'dana@acme.test' }]);
    const debrief = (await debriefFor(db, app.id))!;
    await saveDebrief(db, debrief.id, { contact: { name: 'Sam Lee', email: '' } });
    const root = await open(app.id);
    expect(byLabel(root, 'Their name (optional)').value).toBe('Sam Lee');
    expect(byLabel(root, 'Their email (optional)').value).toBe('');
  });

  it('starts empty when the application has no contacts', async () => {
    const app = await rejectedAtAsk([]);
    const root = await open(app.id);
    expect(byLabel(root, 'Their name (optional)').value).toBe('');
    expect(byLabel(root, 'Your note').value).toMatch(/^Hello,/);
  });
});
