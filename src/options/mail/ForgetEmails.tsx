/**
 * Your data → Forget processed emails: Rebound remembers which emails it already offered (as hashes
 * of their ids, so each is offered once). Forgetting lets every email be offered again; replies
 * already filed stay in their applications' timelines (and in exports).
 */
import { useEffect, useState } from 'preact/hooks';
import { forgetProcessedEmails, processedEmailCount } from './mail-storage';

export function ForgetEmails() {
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void processedEmailCount().then(setCount, () => setCount(0));
  }, []);

  const forget = () => {
    forgetProcessedEmails().then(
      () => {
        setCount(0);
        setStatus('Forgotten. Emails you open again may be offered again.');
      },
      () => setStatus('That did not work just now; nothing changed. Please try again.'),
    );
  };

  return (
    <section class="card data-section" aria-labelledby="forget-emails-title">
      <h2 id="forget-emails-title">Forget processed emails</h2>
      <p>
        Rebound remembers which emails it has already offered you, so each one is offered once. It keeps only a
        scrambled fingerprint of each email’s id, never its content.
        {count !== null ? ` It remembers ${count === 0 ? 'none' : count === 1 ? 'one email' : `${count} emails`} now.` : ''}
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={forget} disabled={!count}>
          Forget processed emails
        </button>
      </div>
      <p role="status" class="data-section__status">
        {status}
      </p>
    </section>
  );
}
