/**
 * Map a schema.org JobPosting, as a plain object, to draft fields. JSON-LD, microdata and RDFa all
 * read into the same object shape first, so the rules for locations, salaries and employers live
 * here once. Every field is read defensively: pages put strings, objects and arrays anywhere.
 */
import type { JobDraft, WorkMode } from '../types';
import { htmlToText, inlineText } from './html-text';

export type Node = Record<string, unknown>;
/** Look up a node by its @id within the same page (hiringOrganization: {"@id": …}). */
export type Resolve = (value: unknown) => unknown;

export interface StructuredJob extends Partial<JobDraft> {
  identifier?: string;
}

const noResolve: Resolve = (value) => value;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.slice(0, 50) : [value];
}

/** The types of a node, without vocabulary prefixes ("http://schema.org/JobPosting" → "JobPosting"). */
export function typesOf(node: Node): string[] {
  return list(node['@type'] ?? node.type)
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, ''));
}

export function isJobPosting(node: Node): boolean {
  return typesOf(node).includes('JobPosting');
}

/**
 * How far a property's text is followed through nested nodes and @id references. Real data nests two
 * or three deep; a cyclic @id graph or a `name` nested a million deep must end, not overflow the stack.
 */
const MAX_TEXT_DEPTH = 8;

/** Text of a property that may be a string, a number, a {name}/{value}/{@value} node, or a list. */
function textOf(value: unknown, resolve: Resolve, depth = 0): string {
  if (depth > MAX_TEXT_DEPTH) return '';
  for (const item of list(value)) {
    const v = resolve(item);
    if (typeof v === 'string' || typeof v === 'number') {
      const text = inlineText(String(v));
      if (text) return text;
    } else if (isNode(v)) {
      const text = textOf(v.name ?? v.legalName ?? v['@value'] ?? v.value, resolve, depth + 1);
      if (text) return text;
    }
  }
  return '';
}

function countryName(value: unknown, resolve: Resolve): string {
  return textOf(value, resolve);
}

function addressText(address: unknown, resolve: Resolve): string {
  const a = resolve(address);
  if (typeof a === 'string') return inlineText(a);
  if (!isNode(a)) return '';
  const parts = [a.addressLocality, a.addressRegion].map((p) => textOf(p, resolve));
  parts.push(countryName(a.addressCountry, resolve));
  const unique = parts.filter((p, i) => p && parts.indexOf(p) === i);
  return unique.length ? unique.join(', ') : textOf(a.streetAddress ?? a.name, resolve);
}

function placeText(place: unknown, resolve: Resolve): string {
  const p = resolve(place);
  if (typeof p === 'string') return inlineText(p);
  if (!isNode(p)) return '';
  if (typesOf(p).includes('PostalAddress')) return addressText(p, resolve);
  return addressText(p.address, resolve) || textOf(p.name, resolve);
}

function locationOf(job: Node, resolve: Resolve, remote: boolean): string {
  const places = list(job.jobLocation).map((p) => placeText(p, resolve)).filter(Boolean);
  const unique = places.filter((p, i) => places.indexOf(p) === i).slice(0, 5);
  if (unique.length) return unique.join('; ');
  if (!remote) return '';
  // Remote jobs often give only where applicants may live ("Remote, USA").
  const where = list(job.applicantLocationRequirements).map((r) => textOf(r, resolve)).filter(Boolean);
  return ['Remote', ...where.slice(0, 5)].join(', ');
}

function workModeOf(job: Node): WorkMode | null {
  const types = list(job.jobLocationType).map((t) => String(t).toUpperCase());
  if (types.some((t) => t.includes('TELECOMMUTE'))) return 'remote';
  // Google's guidance: applicantLocationRequirements is only given for remote jobs, so with no
  // office location it means a remote job limited to those places.
  return job.applicantLocationRequirements && !job.jobLocation ? 'remote' : null;
}

const EMPLOYMENT: Record<string, string> = {
  FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contract', CONTRACT: 'Contract',
  TEMPORARY: 'Temporary', INTERN: 'Internship', INTERNSHIP: 'Internship', VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem', OTHER: 'Other',
};

export function employmentText(value: unknown): string {
  const names = list(value)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => EMPLOYMENT[v.trim().toUpperCase().replace(/[\s-]+/g, '_')] ?? inlineText(v))
    .filter(Boolean);
  return names.filter((n, i) => names.indexOf(n) === i).join(', ');
}

function amount(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function formatAmount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "USD 120,000–175,000 / year" from a MonetaryAmount, a QuantitativeValue or a bare number. */
export function salaryText(base: unknown, currencyHint: unknown, resolve: Resolve = noResolve): string {
  const b = resolve(list(base)[0]);
  let currency = typeof currencyHint === 'string' ? currencyHint : '';
  let value: unknown = b;
  let unit = '';
  if (isNode(b)) {
    currency = textOf(b.currency, resolve) || currency;
    unit = textOf(b.unitText, resolve);
    // MonetaryAmount wraps a QuantitativeValue or a number; a bare QuantitativeValue is read as is.
    value = b.value !== undefined ? resolve(b.value) : b;
  }
  let min: number | null = null;
  let max: number | null = null;
  if (isNode(value)) {
    min = amount(value.minValue) ?? amount(value.value);
    max = amount(value.maxValue);
    unit = textOf(value.unitText, resolve) || unit;
  } else {
    min = amount(value);
    if (min === null && typeof value === 'string') return inlineText(`${currency} ${value}`);
  }
  if (min === null && max === null) return '';
  const range = min !== null && max !== null && min !== max ? `${formatAmount(min)}–${formatAmount(max)}` : formatAmount((min ?? max) as number);
  return `${inlineText(currency)} ${range}${unit ? ` / ${unit.toLowerCase()}` : ''}`.trim();
}

function identifierOf(value: unknown, resolve: Resolve): string {
  return textOf(list(value).map((v) => (isNode(v) ? (v.value ?? v['@value'] ?? v.name) : v)), resolve);
}

/** Draft fields from one JobPosting node. */
export function jobFromNode(job: Node, resolve: Resolve = noResolve): StructuredJob {
  const workMode = workModeOf(job);
  return {
    title: textOf(job.title, resolve) || textOf(job.name, resolve),
    company: textOf(job.hiringOrganization, resolve),
    location: locationOf(job, resolve, workMode === 'remote'),
    salary: salaryText(job.baseSalary ?? job.estimatedSalary, job.salaryCurrency, resolve),
    employmentType: employmentText(job.employmentType),
    workMode,
    description: htmlToText(typeof job.description === 'string' ? job.description : ''),
    identifier: identifierOf(job.identifier, resolve),
  };
}
