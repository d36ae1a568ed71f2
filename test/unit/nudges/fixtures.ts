/** Building blocks for the nudge tests: a fixed clock in Berlin, applications and events. */
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { zonedInstant } from '../../../src/core/nudges/local-time';
import type { Application, Stage, TimelineEvent } from '../../../src/core/types';
import { application } from '../../support/builders';
import type { DebriefSummary, NextStepItem, NudgeInput } from '../../../src/core/nudges/types';

export const TZ = 'Europe/Berlin';

/** "2026-03-11 11:00" on a Berlin wall clock → epoch ms. */
export function local(text: string, timeZone = TZ): number {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`bad time ${text}`);
  const [, y, m, d, h, min] = match.map(Number) as [number, number, number, number, number, number];
  return zonedInstant(Date.UTC(y, m - 1, d) / 86_400_000, h * 60 + min, timeZone);
}

/** Wednesday 11 March 2026, 11:00 in Berlin. */
export const NOW = local('2026-03-11 11:00');
export const DAY = 86_400_000;

/** An application for the rules, saved 30 days before NOW unless said otherwise. */
export function app(overrides: Partial<Application> & { stage: Stage }): Application {
  const at = overrides.savedAt ?? NOW - 30 * DAY;
  return application({ savedAt: at, createdAt: at, updatedAt: at, ...overrides });
}

export function stageEvent(applicationId: string, to: Stage, at: number, from?: Stage): TimelineEvent {
  return { applicationId, at, kind: 'stage', from, to, source: 'options' };
}

/** Default settings with a weekly goal of 10 chosen (the rules' tests assume one), then `change`. */
export function settingsWith(change: (s: Settings) => void = () => {}): Settings {
  const settings: Settings = { ...defaultSettings(), weeklyGoal: 10 };
  change(settings);
  return settings;
}

export function input(parts: {
  applications?: Application[];
  events?: TimelineEvent[];
  debriefs?: DebriefSummary[];
  nextSteps?: NextStepItem[];
  settings?: Settings;
  now?: number;
  timeZone?: string;
}): NudgeInput {
  return {
    applications: parts.applications ?? [],
    events: parts.events ?? [],
    debriefs: parts.debriefs ?? [],
    nextSteps: parts.nextSteps ?? [],
    settings: parts.settings ?? settingsWith(),
    now: parts.now ?? NOW,
    timeZone: parts.timeZone ?? TZ,
  };
}
