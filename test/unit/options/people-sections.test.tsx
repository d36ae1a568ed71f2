/** The contacts and interview-round lists of an application page: add, remove, Undo, focus. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { addContact, addInterview } from '../../../src/db/contacts-interviews';
import { saveCapture } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { byLabel, byText, click, eachUiTest, go, mount, type Mounted, queryByText, typeInto, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

async function openApplication() {
  const { application } = await saveCapture(db, newDraft({ title: 'Product Designer', company: 'Northwind' }), {
    source: 'popup',
    stage: 'applied',
  });
  go(`#/app/${application.id}`);
  view = mount(<OptionsApp db={db} />);
  return application.id;
}

describe('people on an application page', () => {
  it('adds a contact, says so, and gives the keyboard back to the add button', async () => {
    const id = await openApplication();
    const root = view!.root;
    click(await waitFor(() => queryByText(root, 'button', 'Add a contact'), 'add button'));
    typeInto(byLabel(root, 'Name'), 'Jane Doe');
    click(byText(root, 'button', 'Save contact'));
    await waitFor(() => queryByText(root, '[role="status"]', 'Contact added.'), 'status');
    expect((await db.applications.get(id))?.contacts?.map((c) => c.name)).toEqual(['Jane Doe']);
    await waitFor(
      () => document.activeElement === byText(root, 'button', 'Add a contact'),
      'focus on the add button',
    );
  });

  it('removes a contact with Undo, and Undo brings it back', async () => {
    const id = await openApplication();
    await addContact(db, id, { name: 'Jane Doe', role: 'Recruiter', email: '', profileUrl: '' }, 'options');
    const root = view!.root;
    click(await waitFor(() => queryByText(root, 'button', /Remove/), 'remove button'));
    await waitFor(
      async () => ((await db.applications.get(id))?.contacts ?? []).length === 0,
      'contact removed',
    );
    click(await waitFor(() => queryByText(root, 'button', 'Undo'), 'undo button'));
    await waitFor(() => queryByText(root, '.people-list__name', 'Jane Doe'), 'contact back in the list');
    expect((await db.applications.get(id))?.contacts?.map((c) => c.name)).toEqual(['Jane Doe']);
  });

  it('removes an interview round with Undo, and cancelling the add form leaves nothing', async () => {
    const id = await openApplication();
    await addInterview(db, id, { name: 'Phone screen', at: null, notes: '' }, 'options');
    const root = view!.root;
    click(await waitFor(() => queryByText(root, 'button', 'Add an interview round'), 'add button'));
    click(byText(root, 'button', 'Cancel'));
    await waitFor(() => queryByText(root, 'button', 'Add an interview round'), 'add button again');
    click(
      await waitFor(() => queryByText(root, '[data-testid="interviews"] button', /Remove/), 'remove button'),
    );
    await waitFor(
      () => queryByText(root, '[role="status"], .undo-bar, [role="alert"]', /Removed “Phone screen”/),
      'removal said',
    );
    click(byText(root, 'button', 'Undo'));
    await waitFor(() => queryByText(root, '.people-list__name', 'Phone screen'), 'round back in the list');
    expect((await db.applications.get(id))?.interviews?.map((r) => r.name)).toEqual(['Phone screen']);
  });

  it('edits a round in place, says what is missing before saving, and Escape leaves it as it was', async () => {
    const id = await openApplication();
    await addInterview(db, id, { name: 'Phone screen', at: null, notes: '' }, 'options');
    const root = view!.root;
    click(await waitFor(() => queryByText(root, '[data-testid="interviews"] button', /Edit/), 'edit button'));
    const form = await waitFor(() => root.querySelector<HTMLFormElement>('form[aria-label="Edit “Phone screen”"]'), 'edit form');
    expect(document.activeElement).toBe(byLabel(root, 'Round'));
    typeInto(byLabel(root, 'Round'), ' ');
    click(byText(form, 'button', 'Save round'));
    await waitFor(() => queryByText(form, '.field__error', 'Give the round a name, such as “Phone screen”.'), 'name error');
    act(() => {
      form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await waitFor(() => !root.querySelector('form[aria-label="Edit “Phone screen”"]'), 'form closed');
    click(byText(root, '[data-testid="interviews"] button', /Edit/));
    typeInto(byLabel(root, 'Round'), 'Final round');
    click(byText(root, 'button', 'Save round'));
    await waitFor(() => queryByText(root, '[role="status"]', 'Interview round saved.'), 'status');
    await waitFor(() => queryByText(root, '.people-list__name', 'Final round'), 'renamed in the list');
    expect((await db.applications.get(id))?.interviews?.map((r) => r.name)).toEqual(['Final round']);
  });

  it('edits a contact, and refuses an unsafe profile link with a reason', async () => {
    const id = await openApplication();
    await addContact(db, id, { name: 'Jane Doe', role: 'Recruiter', email: '', profileUrl: '' }, 'options');
    const root = view!.root;
    click(await waitFor(() => queryByText(root, '[data-testid="contacts"] button', /Edit/), 'edit button'));
    await waitFor(() => root.querySelector('form[aria-label="Edit Jane Doe (Recruiter)"]'), 'edit form');
    typeInto(byLabel(root, 'Profile link'), 'javascript:alert(1)');
    click(byText(root, 'button', 'Save contact'));
    await waitFor(() => queryByText(root, '.field__error', /^Use a link starting with https:\/\//), 'link error');
    expect(byLabel(root, 'Profile link').getAttribute('aria-invalid')).toBe('true');
    typeInto(byLabel(root, 'Profile link'), 'https://www.linkedin.com/in/jane-doe');
    typeInto(byLabel(root, 'Email'), 'jane@northwind.example');
    click(byText(root, 'button', 'Save contact'));
    await waitFor(() => queryByText(root, '[role="status"]', 'Contact saved.'), 'status');
    expect((await db.applications.get(id))?.contacts).toMatchObject([
      { name: 'Jane Doe', email: 'jane@northwind.example', profileUrl: 'https://www.linkedin.com/in/jane-doe' },
    ]);
  });
});
