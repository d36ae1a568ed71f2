/** The people behind an application: name, role, email and a profile link, each change on the timeline. */
import {
  contactLabel,
  contactProblems,
  contactsOf,
  EMPTY_CONTACT,
  safeProfileUrl,
  type ContactInput,
  type ContactProblem,
} from '../../core/contacts';
import type { Application, Contact } from '../../core/types';
import { addContact, removeContact, updateContact } from '../../db/contacts-interviews';
import { FieldRows, type FieldRow } from '../../ui/field-rows';
import { ItemForm, PeopleList, useFormValues, type ItemFormProps, type PeopleKind } from './PeopleList';

export function ContactsSection({ app }: { app: Application }) {
  return <PeopleList kind={CONTACTS} app={app} />;
}

const inputOf = ({ name, role, email, profileUrl }: Contact): ContactInput => ({
  name,
  role,
  email,
  profileUrl,
});

const CONTACTS: PeopleKind<Contact, ContactInput> = {
  id: 'contacts',
  words: {
    heading: 'Contacts',
    empty: 'No one here yet. Adding the recruiter or hiring manager makes follow-ups and thank-you notes easier.',
    add: 'Add a contact',
    added: 'Contact added.',
    saved: 'Contact saved.',
    removed: (contact) => `Removed ${contactLabel(contact)} from contacts.`,
    nameOf: contactLabel,
    editTitle: (contact) => `Edit ${contactLabel(contact)}`,
  },
  itemsOf: contactsOf,
  ordered: false,
  store: { add: addContact, update: updateContact, remove: removeContact },
  Summary: ContactSummary,
  Form: ContactForm,
};

function ContactSummary({ item: contact }: { item: Contact }) {
  const profile = safeProfileUrl(contact.profileUrl);
  return (
    <>
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
          <span class="visually-hidden"> of {contactLabel(contact)} (opens in a new tab)</span>
        </a>
      ) : null}
    </>
  );
}

const CONTACT_FIELDS: FieldRow<ContactInput>[] = [
  { key: 'name', label: 'Name', name: 'contact-name' },
  { key: 'role', label: 'Role', name: 'contact-role', placeholder: 'e.g. Recruiter' },
  { key: 'email', label: 'Email', name: 'contact-email' },
  {
    key: 'profileUrl',
    label: 'Profile link',
    name: 'contact-profile',
    type: 'url',
    hint: 'A web page (https://…) or a mailto: link.',
  },
];

const PROBLEM_TEXT: Record<ContactProblem, { field: keyof ContactInput; text: string }> = {
  empty: { field: 'name', text: 'A name or an email is enough.' },
  email: { field: 'email', text: 'That email looks incomplete — it needs an @ and no spaces.' },
  profileUrl: { field: 'profileUrl', text: 'Use a link starting with https://, http:// or mailto: (or leave it empty).' },
};

function ContactForm({ title, item, onSave, onCancel }: ItemFormProps<Contact, ContactInput>) {
  const [values, set] = useFormValues(item ? inputOf(item) : EMPTY_CONTACT);
  const problems = contactProblems(values);
  const submit = () => (problems.length > 0 ? null : onSave(values));
  const errors: Partial<Record<keyof ContactInput, string>> = {};
  for (const problem of problems) errors[PROBLEM_TEXT[problem].field] = PROBLEM_TEXT[problem].text;

  return (
    <ItemForm title={title} saveLabel="Save contact" onCancel={onCancel} submit={submit}>
      {(tried) => <FieldRows rows={CONTACT_FIELDS} values={values} set={set} errors={tried ? errors : {}} />}
    </ItemForm>
  );
}
