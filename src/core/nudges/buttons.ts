/**
 * The buttons of a nudge's notification (Chrome shows at most two; Firefox shows none, and a click
 * on the notification itself always opens the target).
 */
import type { Nudge } from './types';

export type ButtonAction = 'open' | 'snooze-week' | 'log-follow-up';

export interface NotificationButton {
  title: string;
  action: ButtonAction;
}

export function notificationButtons(nudge: Pick<Nudge, 'kind' | 'actionLabel'>): NotificationButton[] {
  // A follow-up is often already sent by the time the reminder comes: let the user say so in one click.
  const first: NotificationButton =
    nudge.kind === 'follow-up' ? { title: "I've followed up", action: 'log-follow-up' } : { title: nudge.actionLabel, action: 'open' };
  return [first, { title: 'Snooze a week', action: 'snooze-week' }];
}
