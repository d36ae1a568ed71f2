/**
 * Words of addresses that may hold a job, an application form or a career site, compared without case,
 * in the eight languages Rebound reads. One list, two uses:
 * - the all-sites page script is registered only for https addresses holding one of these or a
 *   thank-you word (src/background/all-sites.ts): the rest of the web gets no script at all, so the
 *   opt-in costs nothing on the news, shopping and banking pages a person reads all day;
 * - on those pages the script searches the whole page for JobPosting data only where one of these is
 *   (src/content/job-posting-data.ts); <head> is read on every page it runs on.
 * The price: a job page whose address has none of these words (careers.example.com/p/1234) is caught
 * only when the person saves it (popup, shortcut, menu), never by itself.
 */
export const JOB_ADDRESS_WORDS = [
  // English
  'job', 'career', 'position', 'vacanc', 'opening', 'role', 'join', 'hiring', 'opportunit', 'posting', 'apply', 'applic', 'recruit', 'talent', 'candida',
  // German, French, Spanish, Portuguese, Dutch, Italian, Polish
  'stelle', 'karriere', 'bewerb', 'emploi', 'offre', 'carrier', 'empleo', 'oferta', 'carrera', 'trabaj', 'vaga', 'carreira', 'trabalh', 'vacature', 'werken', 'lavor', 'praca', 'pracy', 'kariera', 'rekrut',
] as const;
