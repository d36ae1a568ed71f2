import { afterEach, describe, expect, it } from 'vitest';
import { gmailReader } from '../../../src/mail/gmail/read';
import { outlookReader } from '../../../src/mail/outlook/read';
import { visibleText } from '../../../src/mail/visible-text';

const at = (href: string) => new URL(href) as unknown as Location;

function gmailMessage(id: string, from: string, date: string, paragraphs: string[], quote = ''): HTMLElement {
  const message = document.createElement('div');
  message.className = 'adn ads';
  message.setAttribute('data-legacy-message-id', id);
  const sender = document.createElement('span');
  sender.className = 'gD';
  sender.setAttribute('email', `${from.toLowerCase().replace(/\s+/g, '')}@example.com`);
  sender.setAttribute('name', from);
  const when = document.createElement('span');
  when.className = 'g3';
  when.setAttribute('title', date);
  const body = document.createElement('div');
  body.className = 'a3s aiL';
  for (const text of paragraphs) body.append(Object.assign(document.createElement('div'), { textContent: text }));
  if (quote) body.append(Object.assign(document.createElement('div'), { className: 'gmail_quote', textContent: quote }));
  message.append(sender, when, body);
  return message;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('gmailReader', () => {
  it('knows an open thread from the address', () => {
    expect(gmailReader.messageOpen(at('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTvXk'))).toBe(true);
    expect(gmailReader.messageOpen(at('https://mail.google.com/mail/u/0/#inbox'))).toBe(false);
    expect(gmailReader.messageOpen(at('https://mail.google.com/mail/u/0/#label/Jobs/FMfcgzQZTvXk'))).toBe(true);
  });

  it('reads the newest expanded message of the thread, without its quote', () => {
    const subject = Object.assign(document.createElement('h2'), { className: 'hP', textContent: 'Re: Analyst' });
    document.body.append(
      subject,
      gmailMessage('old', 'Initech Recruiting', 'Mon, Feb 2, 2026, 10:00 AM', ['We have decided to move forward with other candidates.']),
      gmailMessage('new', 'Initech Recruiting', 'Wed, Mar 4, 2026, 11:30 AM', ['We would like to invite you to an interview.'], 'On Mon wrote: old words'),
    );
    const read = gmailReader.read(document, at('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTvXk'));
    expect(read).toMatchObject({ messageId: 'new', subject: 'Re: Analyst', fromName: 'Initech Recruiting', fromAddress: 'initechrecruiting@example.com' });
    expect(read?.body).toContain('invite you to an interview');
    expect(read?.body).not.toContain('old words');
    expect(read?.date).toBe(Date.parse('Wed, Mar 4, 2026, 11:30 AM'));
  });

  it('finds nothing (and guesses nothing) when its selectors find nothing', () => {
    document.body.append(Object.assign(document.createElement('h2'), { className: 'hP', textContent: 'Hello' }));
    expect(gmailReader.read(document, at('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTvXk'))).toBeNull();
  });
});

describe('outlookReader', () => {
  it('reads the newest message of a conversation by its shown date', () => {
    const pane = Object.assign(document.createElement('div'), { id: 'ReadingPaneContainerId' });
    const heading = Object.assign(document.createElement('div'), { textContent: 'RE: Analyst' });
    heading.setAttribute('role', 'heading');
    pane.append(heading);
    for (const [date, text] of [['Mon 2/2/2026 10:00 AM', 'old no'], ['Wed 3/4/2026 11:30 AM', 'new yes']]) {
      const item = document.createElement('div');
      const sender = Object.assign(document.createElement('span'), { textContent: 'Initech Recruiting', title: 'jobs@initech.com' });
      const time = Object.assign(document.createElement('div'), { textContent: date });
      time.setAttribute('data-testid', 'SentReceivedSavedTime');
      const body = Object.assign(document.createElement('div'), { id: `UniqueMessageBody_${text}`, textContent: text });
      item.append(sender, time, body);
      pane.append(item);
    }
    document.body.append(pane);
    const read = outlookReader.read(document, at('https://outlook.office.com/mail/inbox/id/AAQkAD123'));
    expect(read).toMatchObject({ subject: 'RE: Analyst', fromName: 'Initech Recruiting', fromAddress: 'jobs@initech.com', body: 'new yes' });
    expect(outlookReader.messageOpen(at('https://outlook.office.com/mail/inbox'))).toBe(false);
  });
});

describe('visibleText', () => {
  it('reads a 5 MB body only as far as the classifier looks', () => {
    const body = document.createElement('div');
    body.append(Object.assign(document.createElement('div'), { textContent: 'We received your application.' }));
    for (let i = 0; i < 50; i++) body.append(Object.assign(document.createElement('div'), { textContent: 'x'.repeat(100_000) }));
    const text = visibleText(body);
    expect(text.startsWith('We received your application.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(40_000);
  });
});
