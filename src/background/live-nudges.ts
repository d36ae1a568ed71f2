/** The background's nudges: over its own database and the extension's APIs (see ./nudges.ts). */
import { getDb } from '../db/schema';
import browser from '../shared/browser';
import { createNudges } from './nudges';

export const {
  currentNudges,
  refreshNextSteps,
  runNudges,
  sendTestNudge,
  handleNotificationClick,
  handleNotificationButton,
  snoozeNudgeFor,
  pauseNudgesFor,
} = createNudges({ db: getDb, browser });
