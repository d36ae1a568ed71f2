/**
 * The application page's form as text: what each input shows for a record, and the patch its
 * changed inputs make. Tags are typed as "a, b", dates as <input type="date"> days.
 */
import { dayStart, isoDay, onDay } from '../../core/days';
import { detailsOf, parseTags, tagsText } from '../../core/job-details';
import type { Application, WorkMode } from '../../core/types';
import { EDITABLE_FIELDS, sameValue, type ApplicationPatch, type EditableField } from '../../db/repository';

export type FormValues = Record<Exclude<EditableField, 'workMode'>, string> & { workMode: WorkMode | null };

const DAY_FIELDS = ['savedAt', 'appliedAt', 'deadline'] as const;
type DayField = (typeof DAY_FIELDS)[number];
const isDayField = (field: EditableField): field is DayField => (DAY_FIELDS as readonly string[]).includes(field);

export function formValues(app: Application): FormValues {
  const details = detailsOf(app);
  return {
    title: app.title,
    company: app.company,
    location: app.location,
    workMode: app.workMode,
    salary: app.salary,
    employmentType: app.employmentType,
    board: app.board,
    jobId: app.jobId,
    postingUrl: app.postingUrl,
    description: app.description,
    notes: app.notes,
    tags: tagsText(details.tags),
    excitement: details.excitement === null ? '' : String(details.excitement),
    deadline: isoDay(details.deadline),
    resumeVersion: details.resumeVersion,
    coverLetterVersion: details.coverLetterVersion,
    savedAt: isoDay(app.savedAt),
    appliedAt: isoDay(app.appliedAt),
  };
}

/** Inputs whose text differs from what the record shows (tags compared as tags, not as typed). */
export function changedFields(values: FormValues, app: Application): EditableField[] {
  const shown = formValues(app);
  return EDITABLE_FIELDS.filter((field) =>
    field === 'tags' ? !sameValue(parseTags(values.tags), detailsOf(app).tags) : values[field] !== shown[field],
  );
}

/** Problems to show beside a date input, by field. */
export function dateErrors(values: FormValues, app: Application): Partial<Record<DayField, string>> {
  const errors: Partial<Record<DayField, string>> = {};
  for (const field of DAY_FIELDS) {
    const text = values[field].trim();
    if (text && dayStart(text) === null) errors[field] = 'Please choose a date from the calendar.';
  }
  if (!values.savedAt.trim()) errors.savedAt = 'A saved job always has the day it was saved.';
  if (app.stage !== 'saved' && app.appliedAt !== null && !values.appliedAt.trim()) {
    errors.appliedAt = 'Once applied, the application keeps a date: correct it rather than clear it.';
  }
  const saved = dayStart(values.savedAt);
  const applied = dayStart(values.appliedAt);
  if (!errors.appliedAt && saved !== null && applied !== null && applied < saved) {
    errors.appliedAt = 'The applied date can’t be before the day it was saved.';
  }
  return errors;
}

/** The patch the changed inputs make; text is trimmed except in long notes. */
export function patchFrom(values: FormValues, app: Application, changed: readonly EditableField[]): ApplicationPatch {
  const patch: Record<string, unknown> = {};
  for (const field of changed) {
    if (field === 'workMode') patch.workMode = values.workMode;
    else if (field === 'tags') patch.tags = parseTags(values.tags);
    else if (field === 'excitement') patch.excitement = values.excitement ? Number(values.excitement) : null;
    else if (field === 'deadline') patch.deadline = dayStart(values.deadline);
    else if (isDayField(field)) patch[field] = onDay(values[field], app[field]);
    else patch[field] = field === 'description' || field === 'notes' ? values[field] : values[field].trim();
  }
  return patch as ApplicationPatch;
}
