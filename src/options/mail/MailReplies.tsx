/**
 * Settings → Replies by email: opt in per webmail. Plain words about what is read (only the message
 * you open, in your browser) and that nothing is sent anywhere. Loaded lazily by the settings page
 * (it needs the extension API).
 */
import { useEffect, useState } from 'preact/hooks';
import { MAIL_PROVIDER_IDS, MAIL_PROVIDERS, type MailProvider } from '../../core/reply/providers';
import { mailReaderOn, turnOffMailReader, turnOnMailReader, unreadableCount } from './mail-storage';
import './mail-replies.css';

function ProviderSwitch({ provider }: { provider: MailProvider }) {
  const name = MAIL_PROVIDERS[provider].name;
  const [on, setOn] = useState<boolean | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [note, setNote] = useState('');

  useEffect(() => {
    let alive = true;
    void mailReaderOn(provider).then((value) => alive && setOn(value));
    void unreadableCount(provider).then((count) => alive && setUnreadable(count));
    return () => {
      alive = false;
    };
  }, [provider]);

  // Straight from the click: the browser shows its permission prompt only during a user gesture.
  const turnOn = () => {
    turnOnMailReader(provider)
      .then((granted) => {
        setOn(granted);
        setNote(granted ? `On. Open an email from an employer in ${name} and Rebound will offer what to do with it.` : 'No problem — nothing changed.');
      })
      .catch(() => setNote('The browser did not allow the request just now. Please try again.'));
  };
  const turnOff = () => {
    void turnOffMailReader(provider).then(() => {
      setOn(false);
      setNote(`Off. Rebound no longer runs in ${name}.`);
    });
  };

  return (
    <div class="mail-provider" data-provider={provider}>
      <h3>{name}</h3>
      {on ? (
        <button type="button" onClick={turnOff}>
          Stop reading replies in {name}
        </button>
      ) : (
        <button type="button" onClick={turnOn} disabled={on === null}>
          Read replies in {name}
        </button>
      )}
      {unreadable > 0 ? (
        <p class="muted">
          Rebound couldn’t read {unreadable === 1 ? 'one email' : `${unreadable} emails`} there (counted on this computer
          only).
        </p>
      ) : null}
      {note && <p role="status">{note}</p>}
    </div>
  );
}

export function MailReplies() {
  return (
    <section class="mail-replies" aria-labelledby="mail-replies-title">
      <h2 id="mail-replies-title">Replies by email</h2>
      <p>
        Most answers to an application arrive by email. If you like, Rebound can look at the email you open in Gmail or
        Outlook on the web and, when it is a reply about one of your applications — a rejection, an interview, an
        assessment, an offer or a “we received your application” — offer to update your pipeline in one click.
      </p>
      <p>
        It reads only the message you open, in your browser, and keeps only the subject, sender, date, the sentence it
        went by and a link back to the email — never the email itself. Nothing is sent anywhere. Nothing changes until
        you click.
      </p>
      {MAIL_PROVIDER_IDS.map((provider) => (
        <ProviderSwitch key={provider} provider={provider} />
      ))}
    </section>
  );
}
