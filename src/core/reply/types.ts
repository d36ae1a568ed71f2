/** The plain data of reading employer replies. No browser APIs here. */

/** Checked in this order: the first label whose phrases hold wins (a rejection that says "offer" stays a rejection). */
export const REPLY_LABELS = ['rejection', 'offer', 'interview', 'assessment', 'acknowledgement', 'other'] as const;
export type ReplyLabel = (typeof REPLY_LABELS)[number];

/** What a mail reader (or the CLI) saw of one message. Body is plain text, newest message first. */
export interface EmailText {
  subject: string;
  fromName: string;
  fromAddress: string;
  body: string;
}

export interface ReplyReading {
  label: ReplyLabel;
  /** The sentence that decided the label, as written ("" for "other"). */
  sentence: string;
  /** The phrase families that matched, e.g. "rejection:other-candidates" (for the CLI and the evaluation). */
  phrases: string[];
  company: string;
  jobTitle: string;
  /** A job or requisition id when the email writes one ("R-1681", "JR0148336"). */
  jobId: string;
}
