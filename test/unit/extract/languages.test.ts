import { describe, expect, it } from 'vitest';
import { hasVisibleSuccessHeading } from '../../../src/core/extract/confirmation';
import { classifyPage } from '../../../src/core/extract/index';
import { hasApplyControl, isArticlePage, jobSectionCount } from '../../../src/core/extract/signals';
import { LABELS, labelledValue } from '../../../src/core/extract/labelled';
import { html } from './load';

const CONFIRMATIONS: Array<[language: string, text: string]> = [
  ['English', 'Thank you for your application!'],
  ['German', 'Vielen Dank für Ihre Bewerbung'],
  ['German (du)', 'Deine Bewerbung wurde erfolgreich versendet.'],
  ['French', 'Merci pour votre candidature !'],
  ['French (passive)', 'Votre candidature a bien été envoyée'],
  ['Spanish', 'Gracias por tu candidatura'],
  ['Spanish (passive)', 'Su solicitud ha sido enviada'],
  ['Portuguese', 'Obrigado pela sua candidatura'],
  ['Portuguese (passive)', 'A sua candidatura foi enviada com sucesso'],
  ['Dutch', 'Bedankt voor je sollicitatie'],
  ['Dutch (passive)', 'Uw sollicitatie is verzonden'],
  ['Italian', 'Grazie per la tua candidatura'],
  ['Italian (passive)', 'La tua candidatura è stata inviata'],
  ['Polish', 'Dziękujemy za przesłanie aplikacji'],
  ['Polish (passive)', 'Twoja aplikacja została wysłana'],
];

describe('a confirmation in eight languages', () => {
  it.each(CONFIRMATIONS)('%s: "%s" in a heading or a short paragraph', (_language, text) => {
    expect(hasVisibleSuccessHeading(html(`<h2>${text}</h2>`))).toBe(true);
    expect(hasVisibleSuccessHeading(html(`<div><p>${text} Wir melden uns.</p></div>`))).toBe(true);
  });

  it('counts on a known ATS after its form (Personio, German)', () => {
    const doc = html('<main><h1>Vielen Dank für Ihre Bewerbung!</h1><p>Wir melden uns bald.</p></main>');
    expect(classifyPage(doc, 'https://alpenkaese-ch.jobs.personio.de/job/998877/apply')).toBe('confirmation');
  });

  it('hidden text never counts', () => {
    expect(hasVisibleSuccessHeading(html('<div hidden><h2>Merci pour votre candidature</h2></div>'))).toBe(false);
    expect(hasVisibleSuccessHeading(html('<h2 style="display:none">Gracias por tu candidatura</h2>'))).toBe(false);
  });

  it('words that only mention applying are not a confirmation', () => {
    for (const text of ['Bewerbung', 'Postuler maintenant', 'How to write a thank-you note after your application', 'Candidatura spontanea']) {
      expect(hasVisibleSuccessHeading(html(`<h2>${text}</h2>`)), text).toBe(false);
    }
  });
});

describe('articles never confirm anything', () => {
  const quoting = (head = '', body = '') =>
    html(`<head>${head}</head><body>${body}<h1>What happens after you apply</h1>
      <h2>Your application has been submitted!</h2><p>Thank you for applying — most employers send this first.</p></body>`);

  it('an Indeed career-advice article quoting the confirmation is not one', () => {
    expect(classifyPage(quoting(), 'https://www.indeed.com/career-advice/finding-a-job/after-you-apply')).not.toBe('confirmation');
  });

  it('nor an article marked by og:type, schema.org Article or BlogPosting, on any site', () => {
    const confirmationAddress = 'https://careers.fabrikam.example/application/thank-you';
    expect(classifyPage(quoting('<meta property="og:type" content="article">'), confirmationAddress)).not.toBe('confirmation');
    expect(classifyPage(quoting('<script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script>'), confirmationAddress)).not.toBe('confirmation');
    expect(hasVisibleSuccessHeading(html('<div itemscope itemtype="https://schema.org/NewsArticle"><h2>Thank you for applying</h2></div>'))).toBe(false);
    // The same words on that address, on a page that is no article, are a confirmation.
    expect(classifyPage(quoting(), confirmationAddress)).toBe('confirmation');
  });

  it('knows career-advice, blog and news addresses', () => {
    const doc = html('<p>x</p>');
    for (const path of ['/career-advice/x', '/blog/2026/apply', '/news/a', '/de/ratgeber/bewerbung', '/fr/conseils/candidature']) {
      expect(isArticlePage(doc, new URL(`https://site.example${path}`)), path).toBe(true);
    }
    expect(isArticlePage(doc, new URL('https://site.example/jobs/123'))).toBe(false);
  });
});

describe('page-kind signals in the other languages', () => {
  it('apply buttons', () => {
    for (const label of ['Jetzt bewerben', 'Postuler', 'Aplicar ahora', 'Candidatar-se', 'Solliciteer nu', 'Candidati ora', 'Aplikuj teraz']) {
      expect(hasApplyControl(html(`<a href="/x">${label}</a>`)), label).toBe(true);
    }
    expect(hasApplyControl(html('<a href="/x">Bewerbungstipps lesen</a>'))).toBe(false);
  });

  it('section headings and labels of a posting', () => {
    expect(jobSectionCount(html('<h2>Ihre Aufgaben</h2><h2>Ihr Profil</h2><h2>Wir bieten</h2>'))).toBe(3);
    expect(jobSectionCount(html('<h3>Vos missions</h3><h3>Profil recherché</h3>'))).toBe(2);
    expect(jobSectionCount(html('<h3>Obowiązki</h3><h3>Wymagania</h3><h3>Oferujemy</h3>'))).toBe(3);
    expect(labelledValue(html('<dl><dt>Standort</dt><dd>Graz</dd></dl>'), LABELS.location)).toBe('Graz');
    expect(labelledValue(html('<dl><dt>Type de contrat</dt><dd>CDI</dd></dl>'), LABELS.employmentType)).toBe('CDI');
    expect(labelledValue(html('<dl><dt>Wynagrodzenie</dt><dd>12 000 PLN</dd></dl>'), LABELS.salary)).toBe('12 000 PLN');
  });

  it('make a French posting with no structured data a posting', () => {
    const doc = html(`<title>Boulanger (H/F) - Boulangerie Etoile</title><h1>Boulanger (H/F)</h1>
      <dl><dt>Lieu</dt><dd>Lyon</dd><dt>Type de contrat</dt><dd>CDI</dd></dl>
      <h2>Vos missions</h2><p>Pétrir.</p><h2>Profil recherché</h2><p>Matinal.</p><a href="#form">Postuler</a>`);
    expect(classifyPage(doc, 'https://carrieres.boulangerie-etoile.example/offres/boulanger')).toBe('posting');
  });
});
