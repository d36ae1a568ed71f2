/** The popup's "Interviews this week": the next seven days' rounds, each opening its application. */
import { PopupSection } from '../ui/PopupSection';
import { UpcomingList, useUpcomingInterviews } from '../ui/UpcomingInterviews';
import '../ui/styles/upcoming.css';

export function UpcomingInterviews({ title = 'Interviews this week', onOpen }: { title?: string; onOpen?: (id: string) => void }) {
  const rounds = useUpcomingInterviews();
  if (!rounds || rounds.length === 0) return null;
  return (
    <PopupSection title={title}>
      <UpcomingList rounds={rounds.slice(0, 4)} onOpen={onOpen ?? openInOptions} />
    </PopupSection>
  );
}

function openInOptions(applicationId: string): void {
  void import('../shared/browser').then(async ({ default: browser }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#/app/${encodeURIComponent(applicationId)}`) });
    window.close();
  });
}
