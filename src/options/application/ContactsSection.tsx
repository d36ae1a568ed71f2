/** The people behind an application: name, role, email and a profile link, each change on the timeline. */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  contactLabel,
  contactProblems,
  contactsOf,
  EMPTY_CONTACT,
  safeProfileUrl,
  type ContactInput,
} from '../../core/contacts';
import type { Application, Contact } from '../../core/types';
import { addContact, removeContact, updateContact } from '../../db/contacts-interviews';
import { useDb } from '../../ui/db-context';
import { TextField } from '../../ui/fields';
import '../pipeline/pipeline.css';
import { AddAndStatus, useListEditing } from './list-editing';

const inputOf = ({ name, role, email, profileUrl }: Contact): ContactInput => ({
  name,
  role,
  email,
  profileUrl,
});

export function ContactsSection({ app }: { app: Application }) {
  const db = useDb();
  const contacts = contactsOf(app);
  const list = useListEditing<Contact>({
    remove: (contact) => removeContact(db, app.id, contact.id, 'options'),
    restore: (contact) => addContact(db, app.id, inputOf(contact), 'options'),
    removedMessage: (contact) => `Removed ${contactLabel(contact)} from contacts.`,
  });
  const { editing, close } = list;

  return (
    <section class="card people-section" aria-labelledby="contacts-title">
      <h2 id="contacts-title">Contacts</h2>
      {contacts.length === 0 && editing !== 'new' ? (
        <p class="people-section__empty">
          No one here yet. Adding the recruiter or hiring manager makes follow-ups and thank-you notes easier.
        </p>
      ) : (
        <ul class="people-list" data-testid="contacts">
          {contacts.map((contact) =>
            editing === contact.id ? (
              <li key={contact.id} class="people-list__item">
                <ContactForm
                  title={`Edit ${contactLabel(contact)}`}
                  initial={inputOf(contact)}
                  onCancel={() => close('')}
                  onSave={async (input) => {
                    await updateContact(db, app.id, contact.id, input, 'options');
                    close('Contact saved.');
                  }}
                />
              </li>
            ) : (
              <ContactItem
                key={contact.id}
                contact={contact}
                onEdit={() => list.edit(contact.id)}
                onRemove={() => void list.remove(contact)}
              />
            ),
          )}
        </ul>
      )}
      <AddAndStatus
        list={list}
        label="Add a contact"
        form={
          <ContactForm
            title="Add a contact"
            initial={EMPTY_CONTACT}
            onCancel={() => close('')}
            onSave={async (input) => {
              await addContact(db, app.id, input, 'options');
              close('Contact added.');
            }}
          />
        }
      />
    </section>
  );
}

function ContactItem({
  contact,
  onEdit,
  onRemove,
}: {
  contact: Contact;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const profile = safeProfileUrl(contact.profileUrl);
  const label = contactLabel(contact);
  return (
    <li class="people-list__item">
      <div class="people-list__main">
        <span class="people-list__name">{contact.name || contact.email}</span>
        {contact.role ? <span class="people-list__sub">{contact.role}</span> : null}
        {contact.email ? (
          <a class="people-list__sub" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        ) : null}
        {profile ? (
          <a class="people-list__sub" href={profile} target="_blank" rel="noopener noreferrer">
            Profile <span aria-hidden="true">↗</span>
            <span class="visually-hidden"> of {label} (opens in a new tab)</span>
          </a>
        ) : null}
      </div>
      <div class="people-list__actions">
        <button type="button" class="button button--ghost" onClick={onEdit}>
          Edit<span class="visually-hidden"> {label}</span>
        </button>
        <button type="button" class="button button--ghost" onClick={onRemove}>
          Remove<span class="visually-hidden"> {label}</span>
        </button>
      </div>
    </li>
  );
}

function ContactForm({
  title,
  initial,
  onSave,
  onCancel,
}: {
  title: string;
  initial: ContactInput;
  onSave: (input: ContactInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  const problems = contactProblems(values);
  const show = (problem: (typeof problems)[number], text: string) =>
    tried && problems.includes(problem) ? text : '';
  const set = (key: keyof ContactInput) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <form
      ref={form}
      class="people-form"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problems.length > 0) return;
        onSave(values).catch(() => setError('That didn’t save. Please try again.'));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3>{title}</h3>
      <div class="field-grid">
        <TextField
          label="Name"
          name="contact-name"
          value={values.name}
          onInput={set('name')}
          error={show('empty', 'A name or an email is enough.')}
        />
        <TextField
          label="Role"
          name="contact-role"
          value={values.role}
          onInput={set('role')}
          placeholder="e.g. Recruiter"
        />
        <TextField
          label="Email"
          name="contact-email"
          value={values.email}
          onInput={set('email')}
          error={show('email', 'That email looks incomplete — it needs an @ and no spaces.')}
        />
        <TextField
          label="Profile link"
          name="contact-profile"
          type="url"
          value={values.profileUrl}
          onInput={set('profileUrl')}
          hint="A web page (https://…) or a mailto: link."
          error={show(
            'profileUrl',
            'Use a link starting with https://, http:// or mailto: (or leave it empty).',
          )}
        />
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary">
          Save contact
        </button>
        <button type="button" class="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
        {error ? (
          <p class="form-status form-status--error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
