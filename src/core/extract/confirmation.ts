/**
 * Has an application just gone in? Only strong signals count: a route the ATS shows only after a
 * submission, or a known success container / success heading that the person can actually see.
 * Pre-rendered hidden success templates (Breezy HR, Recruitee) must not count.
 */
import { all, shortTextOf, textOf } from './dom-util';
import { isHidden, type ComputedStyleFn } from './visibility';

/** Known success containers; `text` is required where the container class is generic. */
const CONTAINERS: Array<{ selector: string; text?: RegExp }> = [
  { selector: '#application_confirmation' },
  // A BEM class any site may use (newsletter and booking notices): require words about applying.
  { selector: '.confirmation .confirmation__content, div.confirmation__content', text: /\bappl(y|ying|ied|ication)\b/i },
  { selector: '[data-qa="msg-submit-success"]' },
  { selector: '.ashby-application-form-success-container' },
  { selector: '[data-ui="successful-submit"]' },
  { selector: '[data-test="success-page-confirmation"], oc-success-page' },
  { selector: '.iCIMS_SuccessMessage', text: /thank/i },
  { selector: '.ia-PostApply', text: /submitted|applied/i },
  { selector: '.jv-page-applyconfirm, h2.jv-page-message-header', text: /sent|submitted|thank/i },
  { selector: 'div.application-confirmed', text: /submitted/i },
  { selector: '#post-apply-modal, [data-test-modal-id="post-apply-modal"]', text: /application (was )?sent/i },
  { selector: 'div[aria-live="assertive"]', text: /application has been successfully submitted/i },
];

/**
 * What a page says right after an application went in, at the start of a short visible text (not an
 * article that mentions it), in English, German, French, Spanish, Portuguese, Dutch, Italian and
 * Polish. Three shapes share two word lists: "thank you for your application", "your application
 * was sent", "application sent". Compact on purpose: it ships in the page agent.
 */
const APPLICATION = '(application|applying|bewerbung|candidature|candidatura|solicitud|postulación|sollicitatie|aplikacj[aęi]|zgłoszenie|kandydaturę)';
const SENT =
  '(submitted|sent|received|versendet|verschickt|gesendet|übermittelt|eingegangen|eingereicht|abgeschickt|envoyée|transmise|reçue|enregistrée|enviad[ao]|recibid[ao]|recebida|submetida|verzonden|ontvangen|verstuurd|ingediend|inviata|ricevuta|wysłan[ae]|przesłan[ae]|złożon[ae])';
const SUCCESS_TEXT = new RegExp(
  `^((thank you|thanks|(vielen )?dank(e)?|merci|gracias|obrigad[oa]|bedankt|grazie|dziękujemy) (for|für|pour|de|por|pela|voor|per|za) ([\\p{L}]+ ){0,2}${APPLICATION}` +
    `|((your|ihre|deine|votre|tu|su|a sua|sua|je|uw|la tua|la sua|twoja) )?${APPLICATION} (\\p{L}+ ){0,3}${SENT})`,
  'iu',
);

/** "Your application was not sent" is the opposite. */
const NEGATED = /\b(not|nicht|pas|no|não|niet|non|nie)\b/i;

/** Where a confirmation is written: headings, status regions, short paragraphs. */
const SUCCESS_PLACES = 'h1, h2, h3, h4, p, strong, [role="status"], [role="alert"], [aria-live]';
/** Text inside an article's own markup quotes these words; it never confirms anything. */
const IN_ARTICLE = '[itemtype*="Article"], [itemtype*="BlogPosting"]';

export function hasVisibleSuccessContainer(doc: Document, getStyle?: ComputedStyleFn): boolean {
  return CONTAINERS.some(({ selector, text }) =>
    all(doc, selector).slice(0, 10).some((el) => {
      const content = textOf(el);
      return !!content && (!text || text.test(content)) && !isHidden(el, getStyle);
    }),
  );
}

/** A visible heading, status or short paragraph that starts with the words of a sent application. */
export function hasVisibleSuccessHeading(doc: Document, getStyle?: ComputedStyleFn): boolean {
  return all(doc, SUCCESS_PLACES).slice(0, 400).some((el) => {
    const content = shortTextOf(el, 160);
    return !!content && SUCCESS_TEXT.test(content) && !NEGATED.test(content) && !el.closest(IN_ARTICLE) && !isHidden(el, getStyle);
  });
}
