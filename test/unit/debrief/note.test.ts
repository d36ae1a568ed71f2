import { describe, expect, it } from 'vitest';
import { draftThankYouNote, isPlausibleEmail, mailtoLink } from '../../../src/core/debrief/note';

const app = { company: 'Acme & Co', title: 'Product Designer' };

describe('draftThankYouNote', () => {
  it('greets the contact by first name and names the role and company', () => {
    const note = draftThankYouNote(app, { name: 'Dana Smith', email: 'dana@acme.test' });
    expect(note.subject).toBe('Thank you: Product Designer at Acme & Co');
    expect(note.body.split('\n')[0]).toBe('Hi Dana,');
    expect(note.body).toContain('your decision about the Product Designer role at Acme & Co');
    expect(note.body).toContain('what made the difference in choosing the other candidate');
  });

  it('without a contact: a neutral greeting, same request', () => {
    const note = draftThankYouNote(app, null);
    expect(note.body.split('\n')[0]).toBe('Hello,');
    expect(note.body).toContain('choosing the other candidate');
  });

  it('with a contact that has only an email: still a neutral greeting', () => {
    expect(draftThankYouNote(app, { name: '', email: 'jobs@acme.test' }).body.startsWith('Hello,')).toBe(true);
  });

  it('reads well when the application lacks a company or title', () => {
    const note = draftThankYouNote({ company: '', title: '' }, null);
    expect(note.subject).toBe('Thank you for your time');
    expect(note.body).toContain('your decision about the role, and for the time you and your team gave me');
    expect(note.body).not.toMatch(/\bat\s*[,.]/);
  });
});

describe('mailtoLink', () => {
  it('percent-encodes subject and body, with CRLF line breaks', () => {
    const link = mailtoLink('dana@acme.test', 'Thanks & more?', 'Hi Dana,\n\nLine 2 = ok');
    expect(link).toBe('mailto:dana@acme.test?subject=Thanks%20%26%20more%3F&body=Hi%20Dana%2C%0D%0A%0D%0ALine%202%20%3D%20ok');
    const url = new URL(link);
    expect(url.searchParams.get('body')).toBe('Hi Dana,\r\n\r\nLine 2 = ok');
  });

  it('leaves out an address that could add recipients or headers', () => {
    expect(mailtoLink('a@b.test?bcc=evil@x.test', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoLink('a@b.test, c@d.test', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoLink('', 'S', 'B')).toBe('mailto:?subject=S&body=B');
  });

  it('checks addresses plainly', () => {
    expect(isPlausibleEmail(' dana@acme.test ')).toBe(true);
    expect(isPlausibleEmail('dana')).toBe(false);
  });
});
