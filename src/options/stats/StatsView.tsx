/**
 * The stats page (#/stats): applications per week, the funnel, response rate by board and the
 * median wait for a first reply, each as a chart with its numbers also as text. All computed by
 * src/core/stats from the applications and their timelines.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { computeStats, type Stats } from '../../core/stats';
import { STAGE_LABELS } from '../../core/stages';
import { useDb } from '../../ui/db-context';
import { boardLabel, plural } from '../../ui/format';
import { useLiveQueryState } from '../../ui/use-live-query';
import { href } from '../nav';
import { BarList } from './BarList';
import { ChartFigure } from './ChartFigure';
import { formatWeek, WeeklyChart } from './WeeklyChart';
import './stats.css';
import { useWeeklyGoal } from '../../ui/use-weekly-goal';

const WEEKS = 12;

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function formatDays(days: number): string {
  if (days < 1) return 'less than a day';
  const rounded = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return `${rounded.toLocaleString()} ${rounded === 1 ? 'day' : 'days'}`;
}

export function StatsView() {
  const db = useDb();
  const now = useMemo(() => Date.now(), []);
  const { value, error } = useLiveQueryState(() => Promise.all([db.applications.toArray(), db.events.toArray()]), [db]);
  const stats = useMemo(() => (value ? computeStats(value[0], value[1], now, WEEKS) : undefined), [value, now]);
  const goal = useWeeklyGoal();

  useEffect(() => {
    document.title = 'Stats · Rebound';
  }, []);

  if (error) {
    return (
      <div class="card empty-state">
        <h1 tabIndex={-1}>Your stats couldn’t be worked out</h1>
        <p class="muted">Nothing is lost — please reload this page.</p>
      </div>
    );
  }
  if (!stats) return <p class="loading muted">Counting…</p>;
  if (stats.sent === 0) {
    return (
      <div class="card empty-state">
        <h1 tabIndex={-1}>Your stats will grow here</h1>
        <p class="muted">
          Once you have sent a few applications, this page shows how many go out each week, how far they get and how
          quickly companies answer. Every application counts.
        </p>
        <a class="button button--primary" href={href('/')}>
          Go to your pipeline
        </a>
      </div>
    );
  }
  return <StatsPage stats={stats} goal={goal} />;
}

export function StatsPage({ stats, goal }: { stats: Stats; goal: number | null }) {
  const thisWeek = stats.weeks.at(-1)?.count ?? 0;
  const applied = stats.funnel[0]?.count ?? 0;
  return (
    <div class="stats-view">
      <div class="stats-view__intro">
        <h1 tabIndex={-1}>Your search in numbers</h1>
        <p class="muted">
          {plural(stats.sent, 'application')} sent, {plural(stats.replied, 'reply', 'replies')} so far. Numbers move
          slowly in a search, and each application is a fresh chance.
        </p>
      </div>

      <div class="stats-grid">
        <ChartFigure
          id="weekly"
          title="Applications per week"
          summary={
            <>
              {plural(thisWeek, 'application')} this week
              {goal ? `, against a goal of ${goal}` : ''}. Last {WEEKS} weeks shown.
            </>
          }
          table={{
            caption: `Applications sent per week, last ${WEEKS} weeks`,
            columns: ['Week starting', 'Applications'],
            rows: stats.weeks.map((week) => [formatWeek(week.start), week.count]),
          }}
        >
          <WeeklyChart weeks={stats.weeks} goal={goal} />
        </ChartFigure>

        <ChartFigure
          id="funnel"
          title="How far applications get"
          summary={
            <>
              Of {plural(applied, 'application')} sent,{' '}
              {stats.funnel
                .slice(1)
                .map((step) => `${step.count.toLocaleString()} reached ${STAGE_LABELS[step.stage].toLowerCase()}`)
                .join(', ')}
              .
            </>
          }
          table={{
            caption: 'Applications that ever reached each stage',
            columns: ['Stage', 'Applications', 'Share of those sent'],
            rows: stats.funnel.map((step) => [STAGE_LABELS[step.stage], step.count, percent(step.share)]),
          }}
          note="An application counts at every step up to the furthest it reached, even if it skipped one."
        >
          <BarList
            bars={stats.funnel.map((step) => ({
              key: step.stage,
              label: STAGE_LABELS[step.stage],
              fraction: step.share,
              valueText: `${step.count.toLocaleString()} · ${percent(step.share)}`,
              tone: `chart__bar--${step.stage}`,
            }))}
          />
        </ChartFigure>

        <ChartFigure
          id="boards"
          title="Response rate by board"
          summary={
            <>
              {stats.boards
                .slice(0, 3)
                .map((row) => `${boardName(row.board)}: ${percent(row.rate)} of ${row.sent.toLocaleString()}`)
                .join('; ')}
              {stats.boards.length > 3 ? '; the chart shows the others.' : '.'}
            </>
          }
          table={{
            caption: 'Share of sent applications that got a reply, by board',
            columns: ['Board', 'Sent', 'Replies', 'Response rate'],
            rows: stats.boards.map((row) => [boardName(row.board), row.sent, row.replied, percent(row.rate)]),
          }}
          note={<ReplyDefinition />}
        >
          <BarList
            bars={stats.boards.map((row) => ({
              key: row.board,
              label: boardName(row.board),
              fraction: row.rate,
              valueText: `${percent(row.rate)} · ${row.replied.toLocaleString()} of ${row.sent.toLocaleString()}`,
            }))}
          />
        </ChartFigure>

        {stats.titleWords.length > 0 ? (
          <ChartFigure
            id="title-words"
            title="Which kinds of role get replies"
            summary={
              <>
                By the words in job titles (each in at least 3 applications):{' '}
                {stats.titleWords
                  .slice(0, 3)
                  .map((row) => `“${row.word}” ${percent(row.rate)} of ${row.sent.toLocaleString()}`)
                  .join('; ')}
                .
              </>
            }
            table={{
              caption: 'Share of sent applications that got a reply, by a word in the job title',
              columns: ['Word in the title', 'Sent', 'Replies', 'Response rate'],
              rows: stats.titleWords.map((row) => [row.word, row.sent, row.replied, percent(row.rate)]),
            }}
            note="A small sample says little: treat these as hints about where to look, not verdicts."
          >
            <BarList
              bars={stats.titleWords.map((row) => ({
                key: row.word,
                label: row.word,
                fraction: row.rate,
                valueText: `${percent(row.rate)} · ${row.replied.toLocaleString()} of ${row.sent.toLocaleString()}`,
              }))}
            />
          </ChartFigure>
        ) : null}

        {stats.companies.length > 0 ? (
          <section class="card stats-card" aria-labelledby="company-time-title" data-chart="company-reply-time">
            <h2 id="company-time-title">How long each company takes to reply</h2>
            <table class="stats-table">
              <caption class="visually-hidden">Median days from sending to a first reply, by company</caption>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Median wait</th>
                  <th scope="col">Replies</th>
                </tr>
              </thead>
              <tbody>
                {stats.companies.map((row) => (
                  <tr key={row.company}>
                    <td>{row.company}</td>
                    <td>{formatDays(row.medianDays)}</td>
                    <td>{row.replies.toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="stats-card__note">Companies with the most replies first. A slow one is not a no.</p>
          </section>
        ) : null}

        <section class="card stats-card stats-card--number" aria-labelledby="reply-time-title" data-chart="reply-time">
          <h2 id="reply-time-title">Time to a first reply</h2>
          {stats.replyTime.medianDays === null ? (
            <p class="muted">No dated replies yet. Answers often take a week or two — that’s normal.</p>
          ) : (
            <>
              <p class="stats-number">
                <span class="stats-number__value">{formatDays(stats.replyTime.medianDays)}</span>
                <span class="stats-number__label">median wait, over {plural(stats.replyTime.replies, 'reply', 'replies')}</span>
              </p>
              <p class="stats-card__note">
                Half of the replies came sooner than this, half later. Silence before then is not a no.
              </p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

function boardName(board: string): string {
  return board ? boardLabel(board) : 'Not recorded';
}

/** The definition the numbers use, in words (src/core/stats/history.ts REPLY_STAGES). */
function ReplyDefinition() {
  return (
    <>
      A reply means the company answered: the application moved past Applied (to screening, an interview or an
      offer) or was turned down. Silence, “No response” and withdrawing don’t count.
    </>
  );
}
