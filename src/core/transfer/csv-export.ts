/**
 * The spreadsheet export: one row per application, with the date each stage was first reached
 * (from its timeline). Descriptions stay out (they are long, and the JSON export keeps them).
 */
import { isoDay } from '../days';
import { detailsOf, tagsText } from '../job-details';
import { STAGE_LABELS } from '../stages';
import { STAGES, type Application, type Stage, type TimelineEvent } from '../types';
import { csvDocument } from './csv-format';

type CsvEvent = Pick<TimelineEvent, 'applicationId' | 'at' | 'to'>;


/** The stages with a date column, in pipeline order ("saved" has its own column from savedAt). */
const DATED_STAGES = STAGES.filter((stage) => stage !== 'saved');

export const CSV_HEADER: readonly string[] = [
  'Company',
  'Job title',
  'Stage',
  'Location',
  'Work mode',
  'Salary',
  'Employment type',
  'Found on',
  'Job ID',
  'Link',
  'Saved on',
  ...DATED_STAGES.map((stage) => `${STAGE_LABELS[stage]} on`),
  'Last changed',
  'Tags',
  'Excitement (1–5)',
  'Deadline',
  'Résumé sent',
  'Cover letter sent',
  'Notes',
  'Rebound ID',
];

/** First time the timeline shows each stage reached. */
function firstReached(events: readonly CsvEvent[]): Map<Stage, number> {
  const first = new Map<Stage, number>();
  for (const event of events) {
    if (!event.to) continue;
    const seen = first.get(event.to);
    if (seen === undefined || event.at < seen) first.set(event.to, event.at);
  }
  return first;
}

export function applicationRow(application: Application, events: readonly CsvEvent[]): string[] {
  const reached = firstReached(events);
  // The applied date is kept on the record itself (and may have been set without an event).
  if (application.appliedAt !== null) reached.set('applied', application.appliedAt);
  const details = detailsOf(application);
  return [
    application.company,
    application.title,
    STAGE_LABELS[application.stage] ?? application.stage,
    application.location,
    application.workMode ?? '',
    application.salary,
    application.employmentType,
    application.board,
    application.jobId,
    application.postingUrl,
    isoDay(application.savedAt),
    ...DATED_STAGES.map((stage) => isoDay(reached.get(stage))),
    isoDay(application.updatedAt),
    tagsText(details.tags),
    details.excitement === null ? '' : String(details.excitement),
    isoDay(details.deadline),
    details.resumeVersion,
    details.coverLetterVersion,
    application.notes,
    application.id,
  ];
}

/** Applications in the order given (the caller sorts); events of any order and application. */
export function applicationsToCsv(applications: readonly Application[], events: readonly CsvEvent[]): string {
  const byApp = new Map<string, CsvEvent[]>();
  for (const event of events) {
    const list = byApp.get(event.applicationId);
    if (list) list.push(event);
    else byApp.set(event.applicationId, [event]);
  }
  return csvDocument(
    CSV_HEADER,
    applications.map((application) => applicationRow(application, byApp.get(application.id) ?? [])),
  );
}
