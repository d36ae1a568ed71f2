/** Step 2: ask for feedback with a drafted thank-you note; "I sent it" schedules one reminder. */
import { useRef, useState } from 'preact/hooks';
import { contactsOf } from '../../../core/contacts';
import { debriefContactFor } from '../../../core/debrief/contact-prefill';
import { draftThankYouNote, isPlausibleEmail, mailtoLink } from '../../../core/debrief/note';
import { markNoteSent, saveDebrief, unmarkNoteSent } from '../../../db/debrief-repository';
import { useDb } from '../../../ui/db-context';
import { formatDay } from '../../../ui/format';
import type { StepProps } from '../DebriefFlow';
import { useAutosave } from '../use-autosave';

/** "today", "yesterday", "on Tuesday", "on 3 Mar". */
function whenSent(at: number): string {
  const day = formatDay(at);
  return day === 'Today' || day === 'Yesterday' ? day.toLowerCase() : `on ${day}`;
}

export function AskFeedback({ application, debrief }: StepProps) {
  const db = useDb();
  const [status, setStatus] = useState('');
  // No one chosen yet: start from the application's own contacts (kept once the note is sent or edited).
  const contactRef = useRef(
    debriefContactFor(debrief.contact, contactsOf(application)) ?? { name: '', email: '' },
  );
  const saveContact = (part: 'name' | 'email') => (value: string) => {
    contactRef.current = { ...contactRef.current, [part]: value };
    return saveDebrief(db, debrief.id, { contact: contactRef.current });
  };
  const name = useAutosave(contactRef.current.name, saveContact('name'));
  const email = useAutosave(contactRef.current.email, saveContact('email'));
  const note = useAutosave(debrief.note, (value) => saveDebrief(db, debrief.id, { note: value }));

  const draft = draftThankYouNote(application, { name: name.value, email: email.value });
  const body = note.value.trim() ? note.value : draft.body;
  const emailLooksWrong = email.value.trim() !== '' && !isPlausibleEmail(email.value);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body);
      setStatus('Copied. Paste it into a reply to their last email.');
    } catch {
      setStatus('Copying did not work here. Select the text and copy it with your keyboard.');
    }
  };
  const markSent = async () => {
    // Write what was just typed first: the transactions run in order.
    name.flush();
    email.flush();
    note.flush();
    // A contact filled in from the application and left as it was is who the note went to: keep it.
    if (!debrief.contact) await saveDebrief(db, debrief.id, { contact: contactRef.current });
    await markNoteSent(db, debrief.id);
    setStatus('');
  };

  return (
    <div class="debrief-step">
      <p class="debrief-lead">
        A short, gracious note often gets an answer, and a real answer is the most useful thing a rejection can give
        you. Here is a draft you can change as you like.
      </p>
      <div class="field-grid">
        <div class="field">
          <label class="field__label" for="debrief-contact-name">
            Their name (optional)
          </label>
          <input
            id="debrief-contact-name"
            class="input"
            value={name.value}
            autocomplete="off"
            onInput={(e) => name.onInput((e.currentTarget as HTMLInputElement).value)}
            onBlur={name.flush}
          />
        </div>
        <div class={`field${emailLooksWrong ? ' field--error' : ''}`}>
          <label class="field__label" for="debrief-contact-email">
            Their email (optional)
          </label>
          <input
            id="debrief-contact-email"
            class="input"
            type="email"
            value={email.value}
            autocomplete="off"
            aria-invalid={emailLooksWrong || undefined}
            aria-describedby={emailLooksWrong ? 'debrief-contact-email-msg' : undefined}
            onInput={(e) => email.onInput((e.currentTarget as HTMLInputElement).value)}
            onBlur={email.flush}
          />
          {emailLooksWrong ? (
            <p class="field__error" id="debrief-contact-email-msg">
              That does not look like one email address; the mail link will leave it out.
            </p>
          ) : null}
        </div>
      </div>
      <p class="debrief-subject">
        <span class="muted">Subject:</span> {draft.subject}
      </p>
      <div class="field">
        <label class="field__label" for="debrief-note">
          Your note
        </label>
        <textarea
          id="debrief-note"
          class="input textarea debrief-note-text"
          rows={11}
          value={body}
          aria-describedby="debrief-note-hint"
          onInput={(e) => note.onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={note.flush}
        />
        <p class="field__hint" id="debrief-note-hint">
          {note.value.trim() ? (
            <button type="button" class="link-button" onClick={() => note.onInput('')}>
              Go back to the suggested note
            </button>
          ) : (
            'Add your name at the end. Your edits are saved as you type.'
          )}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy the note
        </button>
        <a class="button" href={mailtoLink(email.value, draft.subject, body)}>
          Open in mail
        </a>
        {debrief.noteSentAt === null ? (
          <button type="button" class="button button--primary" onClick={() => void markSent()}>
            I sent it
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" class="debrief-status">
        {debrief.noteSentAt !== null ? (
          <p class="debrief-callout">
            Sent {whenSent(debrief.noteSentAt)}.
            {debrief.reminderAt !== null
              ? ` If no answer has come by ${formatDay(debrief.reminderAt)}, Rebound will remind you once. Many people never reply, and that says nothing about you.`
              : ''}{' '}
            <button type="button" class="link-button" onClick={() => void unmarkNoteSent(db, debrief.id)}>
              Not sent after all
            </button>
          </p>
        ) : null}
        {status ? <p>{status}</p> : null}
      </div>
    </div>
  );
}
