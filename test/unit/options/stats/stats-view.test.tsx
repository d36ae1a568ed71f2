import { afterEach, describe, expect, it } from 'vitest';
import { computeStats } from '../../../../src/core/stats';
import { StatsPage, StatsView } from '../../../../src/options/stats/StatsView';
import { DbProvider } from '../../../../src/ui/db-context';
import { freshDb, mount, waitFor, type Mounted } from '../../ui/dom';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

const DAY = 86_400_000;
const now = Date.now();

describe('stats page', () => {
  it('gives every chart its numbers as a table for screen readers, the SVG hidden', () => {
    const stats = computeStats(
      [
        { id: 'a', board: 'linkedin', stage: 'interviewing', appliedAt: now - 10 * DAY },
        { id: 'b', board: 'indeed', stage: 'applied', appliedAt: now - 3 * DAY },
      ],
      [{ applicationId: 'a', at: now - 6 * DAY, to: 'screening' }],
      now,
    );
    mounted = mount(<StatsPage stats={stats} goal={5} />);
    const tables = [...mounted.root.querySelectorAll('table')];
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
      'Applications sent per week, last 12 weeks',
      'Applications that ever reached each stage',
      'Share of sent applications that got a reply, by board',
    ]);
    const funnel = [...tables[1]!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(funnel).toEqual([
      ['Applied', '2', '100%'],
      ['Screening', '1', '50%'],
      ['Interviewing', '1', '50%'],
      ['Offer', '0', '0%'],
    ]);
    const boards = [...tables[2]!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(boards).toEqual([
      ['Indeed', '1', '0', '0%'],
      ['LinkedIn', '1', '1', '100%'],
    ]);
    for (const svg of mounted.root.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(mounted.root.textContent).toContain('4 days');
    expect(mounted.root.textContent).toContain('A reply means the company answered');
  });

  it('says kindly that stats will come when nothing was sent yet', async () => {
    const db = freshDb();
    mounted = mount(
      <DbProvider db={db}>
        <StatsView />
      </DbProvider>,
    );
    await waitFor(() => mounted!.root.querySelector('h1'), 'heading');
    expect(mounted.root.querySelector('h1')?.textContent).toBe('Your stats will grow here');
  });
});
