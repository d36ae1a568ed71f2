/** Everything the stats page shows, from the applications and their timeline events. */
import { funnel, type FunnelStep } from './funnel';
import { histories, type StatsApplication, type StatsEvent } from './history';
import { replyTime, type ReplyTime } from './reply-time';
import { replyTimeByCompany, responseRateByTitleWord, type CompanyReplyTime, type TitleWordRate } from './by-company';
import { responseRateByBoard, type BoardRate } from './response-rate';
import { applicationsPerWeek, type WeekCount } from './weekly';

export { REPLY_STAGES } from './history';
export { FUNNEL_STAGES } from './funnel';
export type { CompanyReplyTime, TitleWordRate };
export type { BoardRate, FunnelStep, ReplyTime, StatsApplication, StatsEvent, WeekCount };

export interface Stats {
  sent: number;
  replied: number;
  weeks: WeekCount[];
  funnel: FunnelStep[];
  boards: BoardRate[];
  replyTime: ReplyTime;
  companies: CompanyReplyTime[];
  titleWords: TitleWordRate[];
}

export function computeStats(
  applications: readonly StatsApplication[],
  events: readonly StatsEvent[],
  now: number,
  weeks = 12,
): Stats {
  const all = histories(applications, events);
  const sent = all.filter((history) => history.sent);
  return {
    sent: sent.length,
    replied: sent.filter((history) => history.replied).length,
    weeks: applicationsPerWeek(sent, now, weeks),
    funnel: funnel(sent),
    boards: responseRateByBoard(sent),
    replyTime: replyTime(sent),
    companies: replyTimeByCompany(sent),
    titleWords: responseRateByTitleWord(sent),
  };
}
