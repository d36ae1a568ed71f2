/** The chip's words, per kind of reply. Plain and kind: the person may have just read a "no". */
import type { MailReading } from '../shared/mail-messages';

type Label = MailReading['label'];

export const KIND: Record<Label, string> = {
  rejection: 'a rejection',
  offer: 'an offer',
  interview: 'an interview invitation',
  assessment: 'an assessment',
  acknowledgement: 'an acknowledgement of your application',
};

export const NOT: Record<Label, string> = {
  rejection: 'Not a rejection',
  offer: 'Not an offer',
  interview: 'Not an interview',
  assessment: 'Not an assessment',
  acknowledgement: 'Not an acknowledgement',
};

/** The main button when the email matched an application. */
export const FILE: Record<Label, string> = {
  rejection: 'Mark rejected',
  offer: 'Mark offer',
  interview: 'Mark interviewing',
  assessment: 'Add it to my to-dos',
  acknowledgement: 'Confirm applied',
};

/** The main button when it matched nothing (only these two can add an application). */
export const ADD: Partial<Record<Label, string>> = {
  rejection: 'Add it as rejected',
  acknowledgement: 'Add as applied',
};

export function doneText(label: Label, added: boolean, offers: number): string {
  switch (label) {
    case 'rejection':
      return `${added ? 'Added and marked' : 'Marked'} rejected. When you are ready, a short debrief can help you take something useful from it.`;
    case 'offer':
      return offers >= 2
        ? `Moved to offer — congratulations! You now have ${offers} offers: one can help you negotiate with the company you prefer.`
        : 'Moved to offer — congratulations!';
    case 'interview':
      return 'Moved to interviewing, with the interview added. Good luck!';
    case 'assessment':
      return 'Added to your to-dos.';
    case 'acknowledgement':
      return added ? 'Added to your pipeline as applied.' : 'Applied date confirmed.';
  }
}
