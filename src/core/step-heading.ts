/**
 * The headings of an application flow's steps ("Please review your application", "Add your contact
 * information", "Answer questions from the employer") name a step, never a job. Multi-step flows on a
 * host of their own (Indeed's smartapply, Workday's apply steps) show them in the place a posting shows
 * its title, so what reads a step page must not take one for the job's title.
 */
import { squash } from './text';

const STEP_HEADINGS: RegExp[] = [
  /^(please )?review (your|the) application\b/,
  /^(add|enter|update|confirm) (your )?(contact|personal) (info|information|details)\b/,
  /^(your )?(contact|personal) (info|information|details)$/,
  /^(add|upload|choose|select) (a |your )?(resume|résumé|cv|cover letter)\b/,
  /^(resume|résumé|cv|cover letter)( and cover letter)?$/,
  /^answer (these |a few |some )?(questions|screening questions)\b/,
  /^(employer |screening |additional )?questions( from the employer)?$/,
  /^(relevant |your )?(work )?experience$/,
  /^(my )?information$/,
  /^(voluntary )?(self[- ])?(identification|disclosures?)$/,
  /^(application )?(step \d+( of \d+)?|review|submit)$/,
  /^(your application has been submitted|application submitted|thank you for applying)\b/,
  // German and French flows say the same steps.
  /^(bewerbung )?(überprüfen|prüfen)$/,
  /^(vérifiez|vérifier) (votre|la) candidature\b/,
];

/** Is this text a step of an application flow rather than a job's title? */
export function isStepHeading(text: string | null | undefined): boolean {
  const plain = squash(String(text ?? '').slice(0, 200)).toLowerCase().replace(/[.!:?]+$/, '');
  return plain !== '' && STEP_HEADINGS.some((re) => re.test(plain));
}
