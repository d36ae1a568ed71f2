/**
 * Is there an application form on this page, even with no posting text around it and no <form>
 * element (Gem renders its fields in plain divs)? It asks for a name, an email address and a résumé
 * or CV, and has a control that sends it ("Apply", "Submit application", "Bewerbung senden",
 * "Postuler"…). A résumé-database sign-up ("Preview"), an account form (a password, "Create
 * account") and a newsletter box are not applications.
 */
import { all, shortTextOf } from './dom-util';
import { isHidden } from './visibility';

/** In the eight languages: English, German, French, Spanish, Portuguese, Dutch, Italian, Polish. */
const NAME = /\b(name|vorname|nachname|nom|prénom|nombre|apellidos?|nome|cognome|naam|voornaam|imię|nazwisko)\b/i;
const EMAIL = /e-?mail|courriel|correo/i;
const RESUME = /r[ée]sum[ée]|\bcv\b|curriculum|currículo|lebenslauf|unterlagen|documents?|dokument|życiorys|upload|hochladen/i;
/** The control that sends an application (also the generic submit rule's words, src/sites/submit-rule.ts). */
export const SEND_WORDS =
  /^(submit|send|apply)\b|\b(submit|send) (my |your )?application\b|(^|\s)(bewerbung (ab)?senden|absenden|(jetzt )?bewerben|postuler|envoyer|déposer ma candidature|soumettre|enviar|postular|candidatar|invia(re)?|verstuur|versturen|verzenden|solliciteer|wyślij|aplikuj|prześlij)/i;
/** Steps, side actions and other forms' sends that look like one: never the application's send ("Apply and save" is). */
export const NOT_SEND =
  /^save\b|\b(later|draft|next|continue|back|previous|review|cancel|discard|upload|autofill|sign ?in|log ?in|sign ?up|register|create (an )?account|preview|search|subscribe|weiter|zurück|speichern|registrieren|suivant|retour|enregistrer|créer un compte|siguiente|guardar|próximo|volgende|opslaan|avanti|salva|dalej|zapisz)\b/i;

const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="submit"]):not([type="button"]):not([type="file"]), textarea';

/** What a field is called: its label, aria-label, placeholder, name and id, or the short text just around it. */
function fieldLabel(field: Element): string {
  const id = field.getAttribute('id');
  const doc = field.ownerDocument;
  const forLabel = id ? doc.querySelector(`label[for="${id.replace(/["\\]/g, '\\$&')}"]`) : null;
  const own = [forLabel, field.closest('label')].map((l) => (l ? shortTextOf(l, 120) ?? '' : '')).join(' ');
  const attrs = ['aria-label', 'placeholder', 'name', 'id', 'autocomplete'].map((a) => field.getAttribute(a) ?? '').join(' ');
  let around = '';
  // Plain-div forms: "<div><span>Email *</span><div><div><input></div></div></div>".
  for (let el = field.parentElement, up = 0; el && up < 5 && !around; el = el.parentElement, up++) {
    around = shortTextOf(el, 80) ?? '';
  }
  return `${own} ${attrs} ${around}`;
}

function controlText(el: Element): string {
  return (shortTextOf(el, 60) || el.getAttribute('value') || el.getAttribute('aria-label') || '').trim();
}

/** Does this scope (a form, or the page outside any form) hold a whole application form? */
function isApplicationScope(scope: ParentNode, outsideForms: boolean): boolean {
  const mine = (el: Element) => !outsideForms || !el.closest('form');
  const files = all(scope, 'input[type="file"]').filter(mine).slice(0, 10);
  if (!files.length) return false;
  const fields = all(scope, FIELDS).filter(mine).slice(0, 60);
  if (fields.some((f) => f.getAttribute('type') === 'password')) return false;
  const labels = fields.map(fieldLabel);
  if (!labels.some((l) => NAME.test(l)) || !fields.some((f, i) => f.getAttribute('type') === 'email' || EMAIL.test(labels[i]!))) return false;
  if (!files.some((f) => RESUME.test(`${fieldLabel(f)} ${f.getAttribute('accept') ?? ''}`) || /pdf|doc/i.test(f.getAttribute('accept') ?? ''))) return false;
  return all(scope, 'button, input[type="submit"], [role="button"]').filter(mine).slice(0, 60).some((el) => {
    const text = controlText(el);
    return text.length <= 60 && SEND_WORDS.test(text) && !NOT_SEND.test(text) && !isHidden(el);
  });
}

/** A visible application form (name, email, résumé, a send control), in a <form> or in plain elements. */
export function hasStandaloneApplicationForm(doc: Document): boolean {
  for (const form of all(doc, 'form').slice(0, 30)) {
    if (!isHidden(form) && isApplicationScope(form, false)) return true;
  }
  return hasFormlessApplicationForm(doc);
}

/** An application form built of plain elements, outside any <form> (Gem). */
export function hasFormlessApplicationForm(doc: Document): boolean {
  return !!doc.body && isApplicationScope(doc.body, true);
}
