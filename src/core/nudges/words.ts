/** Small pieces of wording shared by the rules, so every nudge names things the same way. */
import type { Application } from '../types';

/** "Acme", or the role when the company is unknown. */
export function companyName(app: Pick<Application, 'company' | 'title'>): string {
  return app.company.trim() || (app.title.trim() ? `the ${app.title.trim()} role` : 'this company');
}

/** "Acme (Product Designer)": company with role, for the sentence that explains a nudge. */
export function appLabel(app: Pick<Application, 'company' | 'title'>): string {
  const company = app.company.trim();
  const title = app.title.trim();
  if (company && title) return `${company} (${title})`;
  return companyName(app);
}

/** "Acme", "Acme and Globex", "Acme, Globex and 3 more". */
export function listNames(apps: readonly Pick<Application, 'company' | 'title'>[], max = 3): string {
  const names = apps.slice(0, max).map(companyName);
  const rest = apps.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} more`;
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "1 day", "8 days". */
export function count(n: number, singular: string, pluralWord = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralWord}`;
}

/** "today", "yesterday", "8 days ago". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
