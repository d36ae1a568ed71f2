/**
 * What the stats read from each application's timeline: when it was sent, which stages it ever
 * reached, and when the first reply came. Plain data in, plain data out.
 */
import type { Application, Stage, TimelineEvent } from '../types';
import { SENT_STAGES } from '../stages';

export type StatsApplication = Pick<Application, 'id' | 'board' | 'stage' | 'appliedAt'> & Partial<Pick<Application, 'company' | 'title'>>;
export type StatsEvent = Pick<TimelineEvent, 'applicationId' | 'at' | 'to' | 'source'>;


/**
 * A reply: the employer answered. That is true when the application ever moved past "applied"
 * (screening, interviewing, offer, accepted) or was rejected. Silence, "no response" and the user
 * withdrawing are not replies.
 */
export const REPLY_STAGES: ReadonlySet<Stage> = new Set(['screening', 'interviewing', 'offer', 'accepted', 'rejected']);

export interface History {
  application: StatsApplication;
  /** Every stage the application was ever at (its timeline plus where it is now). */
  reached: ReadonlySet<Stage>;
  /** Whether it was ever sent (false for a job only ever saved). */
  sent: boolean;
  /** When it was sent; null when not sent, or sent with no date recorded anywhere (damaged data). */
  sentAt: number | null;
  /** When the first reply was recorded, if one was; null when none, or only from an import without dates. */
  firstReplyAt: number | null;
  replied: boolean;
}

/** Group events by application once (10,000 applications have tens of thousands of events). */
export function eventsByApplication(events: readonly StatsEvent[]): Map<string, StatsEvent[]> {
  const byApp = new Map<string, StatsEvent[]>();
  for (const event of events) {
    const list = byApp.get(event.applicationId);
    if (list) list.push(event);
    else byApp.set(event.applicationId, [event]);
  }
  for (const list of byApp.values()) list.sort((a, b) => a.at - b.at);
  return byApp;
}

export function historyOf(application: StatsApplication, events: readonly StatsEvent[]): History {
  const reached = new Set<Stage>([application.stage]);
  let firstSentEventAt: number | null = null;
  let firstReplyAt: number | null = null;
  let replied = REPLY_STAGES.has(application.stage);
  for (const event of events) {
    if (!event.to) continue;
    reached.add(event.to);
    if (SENT_STAGES.has(event.to) && firstSentEventAt === null) firstSentEventAt = event.at;
    if (REPLY_STAGES.has(event.to)) {
      replied = true;
      // A spreadsheet import knows the stage but not the day it was reached: its events count as
      // replies, but never as a reply time.
      if (firstReplyAt === null && event.source !== 'import') firstReplyAt = event.at;
    }
  }
  // Moved back to "saved" means the user says it was never sent (the repository clears appliedAt too).
  const dated = application.appliedAt ?? firstSentEventAt;
  const sent = application.stage !== 'saved' && (dated !== null || SENT_STAGES.has(application.stage));
  const sentAt = sent ? dated : null;
  return { application, reached, sent, sentAt, firstReplyAt, replied: replied && sent };
}

export function histories(applications: readonly StatsApplication[], events: readonly StatsEvent[]): History[] {
  const byApp = eventsByApplication(events);
  return applications.map((application) => historyOf(application, byApp.get(application.id) ?? []));
}
