/** iCIMS: <tenant>.icims.com/jobs/<id>/<slug>/job (often inside an iframe on the employer's site). */
import { all, textOf } from '../../core/extract/dom-util';
import { defineSite} from '../site-reader';

/** The job header's fields ("City", "State", …), labelled by their dt (often screen-reader text). */
function headerFields(doc: Document): Map<string, string> {
  const fields = new Map<string, string>();
  for (const tag of all(doc, '.iCIMS_JobHeaderTag').slice(0, 40)) {
    const label = textOf(tag.querySelector('dt')).toLowerCase();
    const value = textOf(tag.querySelector('dd'));
    if (label && value && !fields.has(label)) fields.set(label, value);
  }
  return fields;
}

/** "About Sargent & Lundy": iCIMS job pages name the employer in an info section heading. */
function aboutCompany(doc: Document): string {
  for (const el of all(doc, '.iCIMS_InfoField_Job').slice(0, 20)) {
    const name = /^about\s+(.{2,60})$/i.exec(textOf(el))?.[1] ?? '';
    if (name && !/^(the|this|our|us|you|your)\b/i.test(name)) return name;
  }
  return '';
}

export const reader = defineSite({
  id: 'icims',
  board: 'icims',
  jobId: (url) => /\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) =>
    /\/jobs\/\d+\/.*\/(candidate|login|form)/.test(url.pathname) ? 'application'
      : /\/jobs\/\d+/.test(url.pathname) ? 'posting'
        : /\/jobs\/search\/?$/.test(url.pathname) ? 'listing' : null,
  extract(doc) {
    const fields = headerFields(doc);
    const place = fields.get('location') || fields.get('job locations') || ['city', 'state', 'country'].map((k) => fields.get(k) ?? '').filter(Boolean).join(', ');
    return { company: aboutCompany(doc), location: place, employmentType: fields.get('type') ?? '' };
  },
});
