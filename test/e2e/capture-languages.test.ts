/**
 * Applications in other languages, and pages that only look like one, in a real browser with the
 * all-sites opt-in granted (test/support/all-sites-copy.ts, as in capture-career-site.test.ts):
 *
 * - a German Personio application: "Bewerbung senden", then "Vielen Dank für Ihre Bewerbung!";
 * - a French application on an employer's own career host that no module knows (JSON-LD posting):
 *   "Envoyer ma candidature", then "Merci pour votre candidature !";
 * - a form only opened and filled, never sent; an account-creation form whose page then says
 *   "Thank you for applying…"; an article quoting confirmations, whose comment form is sent and then
 *   shows a comment quoting one too. None of these records anything.
 *
 * The fixtures are invented pages modelled on those platforms (test/fixtures/sites/<host>/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithAllSites } from '../support/all-sites-copy';
import type { Driver } from '../support/driver';
import { waitForAgent } from '../support/capture';
import { hasHeading, showsText } from '../support/in-page';

let h: Driver;
const PERSONIO = 'https://bergwerk-gmbh.jobs.personio.de/job/4401';
const PERSONIO_APPLY = `${PERSONIO}/apply?language=de`;
const FRENCH = 'https://carrieres.boulangerie-etoile.fr/offres/boulanger-h-f';
const ACCOUNT = 'https://carrieres.boulangerie-etoile.fr/offres/patissier-h-f';
const ARTICLE = 'https://carrieres.boulangerie-etoile.fr/blog/thank-you-for-applying-what-next';
const CV = [{ name: 'cv.pdf', mimeType: 'application/pdf', text: '%PDF-1.4 invented' }];

beforeAll(async () => {
  h = await launchWithAllSites();
});

afterAll(async () => {
  await h?.close();
});

describe('nothing is recorded', () => {
  it('for a German form only opened and filled in, never sent', async () => {
    const page = await h.open(PERSONIO_APPLY);
    await waitForAgent(h, PERSONIO_APPLY, (s) => s.checks >= 1);
    await page.fill('#first', 'Ada');
    await page.fill('#mail', 'ada@example.com');
    await page.setFiles('#cv', CV);
    // Settled: the agent judged the page, and typing changes nothing it watches (only a send would).
    const status = await waitForAgent(h, PERSONIO_APPLY, (s) => s.checks >= 1);
    expect(status).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(await h.applications()).toEqual([]);
    await page.close();
  });

  it('for an account-creation form, even when its page then thanks the person "for applying"', async () => {
    const page = await h.open(ACCOUNT);
    const before = await waitForAgent(h, ACCOUNT, (s) => s.checks >= 1);
    await page.fill('#nom', 'Ada Lovelace');
    await page.fill('#courriel', 'ada@example.com');
    await page.fill('#mdp', 'correct horse battery staple');
    await page.click({ css: 'button', text: 'Create account' });
    await page.waitFor(showsText, 'Check your email to activate');
    const status = await waitForAgent(h, ACCOUNT, (s) => s.checks > before.checks);
    expect(status).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(await h.applications()).toEqual([]);
    await page.close();
  });

  it('for an article quoting confirmations, when its comment form is sent and a comment quotes one too; the popup offers to save it', async () => {
    const page = await h.open(ARTICLE);
    const before = await waitForAgent(h, ARTICLE, (s) => s.checks >= 1);
    await page.fill('#cname', 'Ada');
    await page.fill('#cmail', 'ada@example.com');
    await page.fill('#ctext', 'Still waiting.');
    await page.click({ css: 'button', text: 'Submit' });
    await page.waitFor(hasHeading, { name: 'that is all I ever got', level: 3 });
    // The comment form is a form with an email field: its submit counts as seen, and still nothing follows.
    const status = await waitForAgent(h, ARTICLE, (s) => s.submitsCounted >= 1 && s.checks > before.checks);
    expect(status.deliveries).toBe(0);
    expect(await h.applications()).toEqual([]);

    await page.bringToFront();
    const popup = await h.openPopup();
    await popup.waitFor(hasHeading, { name: 'This page' });
    expect(await popup.evaluate(showsText, 'just applied')).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('one applied record', () => {
  it('for a German Personio application: "Bewerbung senden", then "Vielen Dank für Ihre Bewerbung!"', async () => {
    const posting = await h.open(`${PERSONIO}?language=de`);
    await waitForAgent(h, PERSONIO, (s) => s.checks >= 1);
    await posting.click({ css: 'a', text: 'Jetzt bewerben' });
    await posting.waitForURL(PERSONIO_APPLY);
    await waitForAgent(h, PERSONIO_APPLY, (s) => s.checks >= 1);
    await posting.fill('#first', 'Ada');
    await posting.fill('#last', 'Lovelace');
    await posting.fill('#mail', 'ada@example.com');
    await posting.setFiles('#cv', CV);
    await posting.click({ css: 'button', text: 'Bewerbung senden' });
    await posting.waitFor(showsText, 'Vielen Dank für Ihre Bewerbung!');
    const apps = await h.waitForApplications((all) => all.length > 0);
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({
      stage: 'applied',
      title: 'Schichtleiter Bergbahn (m/w/d)',
      company: 'Bergwerk Seilbahnen',
      location: 'Innsbruck (Talstation)',
      board: 'personio',
      jobId: '4401',
    });
    await h.waitForToast(posting, /Application recorded/);
    await posting.close();
  });

  it('for a French application on a career site no module knows: "Merci pour votre candidature !"', async () => {
    const page = await h.open(FRENCH);
    await waitForAgent(h, FRENCH, (s) => s.checks >= 1);
    await page.fill('#nom', 'Ada Lovelace');
    await page.fill('#courriel', 'ada@example.com');
    await page.setFiles('#cv', CV);
    await page.click({ css: 'button', text: 'Envoyer ma candidature' });
    await page.waitFor(showsText, 'Merci pour votre candidature');
    const apps = await h.waitForApplications((all) => all.some((a) => a.board === 'web'));
    const french = apps.filter((a) => a.board === 'web');
    expect(french).toHaveLength(1);
    expect(french[0]).toMatchObject({ stage: 'applied', title: 'Boulanger (H/F)', company: 'Boulangerie Étoile', location: 'Lyon, FR' });
    await h.waitForToast(page, /Application recorded/);
    expect(await h.applications()).toHaveLength(2);
    await page.close();
  });
});
