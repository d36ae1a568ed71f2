import { describe, expect, it } from 'vitest';
import { hasStandaloneApplicationForm } from '../../../src/core/extract/application-form';
import { classifyPage, detectPage } from '../../../src/core/extract/index';
import { html } from './load';

/** A form built from plain divs, as some ATSs render it: no <form>, inputs without types or names. */
const divField = (label: string, input = '<input type="text">') => `<div><span>${label}<span> *</span></span><div><div><div>${input}</div></div></div></div>`;

const formless = (submit: string, extra = '') =>
  html(`<title>Harbour Pilot</title><div><div>Ready to apply?</div>
    ${divField('First name')}${divField('Last name')}${divField('Email')}
    ${divField('Resume', '<div role="presentation"><input type="file" accept=".pdf,.docx"><span>Click to upload</span></div>')}
    ${extra}<button type="submit">${submit}</button></div>`);

describe('application forms without posting text', () => {
  it('recognises a form with no <form> element (name, email, résumé, a send control)', () => {
    expect(hasStandaloneApplicationForm(formless('Apply and save'))).toBe(true);
    const { page, job } = detectPage(formless('Apply without saving'), 'https://apply.tidewater.example/crew/abc123');
    expect(page).toBe('application');
    expect(job?.title).toBe('Harbour Pilot');
  });

  it('recognises a German form in a <form> with labels, and its "Bewerbung senden"', () => {
    const doc = html(`<form><label for="v">Vorname</label><input id="v" name="first_name">
      <label for="m">E-Mail</label><input id="m" type="email"><label for="cv">Lebenslauf</label><input id="cv" type="file">
      <button type="submit">Bewerbung senden</button></form>`);
    expect(classifyPage(doc, 'https://karriere.alpenbahn.example/stelle/77/bewerben')).toBe('application');
  });

  it('recognises French, Spanish, Dutch, Italian and Polish send controls', () => {
    for (const submit of ['Envoyer ma candidature', 'Enviar candidatura', 'Sollicitatie versturen', 'Invia candidatura', 'Wyślij aplikację']) {
      expect(hasStandaloneApplicationForm(formless(submit)), submit).toBe(true);
    }
  });

  it('is not an application without a send control named as such (a résumé database "Preview")', () => {
    expect(hasStandaloneApplicationForm(formless('Preview →'))).toBe(false);
    expect(classifyPage(formless('Preview →'), 'https://board.example/submit-your-resume/')).toBe('other');
  });

  it('an account-creation form (password, "Create account") is not an application', () => {
    const account = html(`<form><label>Full name <input name="name"></label><label>Email <input type="email"></label>
      <label>Password <input type="password"></label><label>CV <input type="file"></label><button>Create account</button></form>`);
    expect(hasStandaloneApplicationForm(account)).toBe(false);
    const register = formless('Register');
    expect(hasStandaloneApplicationForm(register)).toBe(false);
  });

  it('needs a résumé upload: a contact form with name and email is not an application', () => {
    const contact = html(`<form><label>Name <input name="name"></label><label>Email <input type="email"></label>
      <textarea name="message"></textarea><button>Send</button></form>`);
    expect(hasStandaloneApplicationForm(contact)).toBe(false);
  });
});

describe('the generic send rule on a form without <form>', () => {
  it('counts the send control after the résumé upload, not an "Apply" opener above the posting', async () => {
    const { genericSubmit } = await import('../../../src/sites/submit-rule');
    const doc = formless('Apply without saving');
    const opener = doc.createElement('button');
    opener.id = 'opener';
    opener.textContent = 'Apply';
    doc.body.prepend(opener);
    const send = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Apply without saving')!;
    expect(genericSubmit(send)).toBe(true);
    expect(genericSubmit(doc.getElementById('opener')!)).toBe(false);
  });

  it('does not count a button outside the forms when the application form is a <form> of its own (a dialog opener)', async () => {
    const { genericSubmit } = await import('../../../src/sites/submit-rule');
    const doc = html(`<button type="button" id="opener">Postuler</button><div role="dialog"><form>
      <label>Prénom <input name="firstname"></label><label>E-mail <input type="email"></label>
      <label>CV <input type="file"></label><button type="submit">Envoyer ma candidature</button></form></div>`);
    expect(genericSubmit(doc.getElementById('opener')!)).toBe(false);
    expect(genericSubmit(doc.querySelector('form button')!)).toBe(true);
  });
});
