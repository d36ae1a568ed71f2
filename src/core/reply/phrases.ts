/**
 * Phrase families that say what kind of reply an email is, in English. A strong family decides
 * alone; weak ones ("unfortunately", "we wish you luck in your search") need a second, different weak
 * family. Families are written for the way employers phrase things, not for any one email.
 * Other languages: phrases-intl.ts.
 */
import type { ReplyLabel } from './types';

export interface PhraseFamily {
  id: string;
  label: Exclude<ReplyLabel, 'other'>;
  strong: boolean;
  re: RegExp;
  /** "If your experience matches, we will contact you" still says the application was received. */
  conditionalOk?: boolean;
}

export const fam = (label: PhraseFamily['label'], strong: boolean, id: string, re: RegExp, conditionalOk = false): PhraseFamily => ({
  id,
  label,
  strong,
  re,
  conditionalOk,
});

const NOT = String.raw`(?:not|no longer|won't|will not|unable to|cannot|can't|decided not to|decided to not|chosen not to|opted not to|elected not to)`;
const GO = String.raw`(?:moving|move|proceed|proceeding|progressing|progress|going|go|advancing|advance|continuing|continue|pursuing|pursue|taking|take)`;
const ONWARD = String.raw`(?:progress|progressing|advance|advancing|take|taking|consider|considering|move|moving)`;

export const ENGLISH: PhraseFamily[] = [
  // Rejections.
  fam('rejection', true, 'not-moving-forward', new RegExp(String.raw`\b${NOT}\s+(?:be\s+)?(?:able\s+to\s+)?${GO}\s+(?:forward|ahead|further)?\s*(?:with|on)\s+(?:your|you)\b`, 'i')),
  fam('rejection', true, 'not-progress-application', new RegExp(String.raw`\b${NOT}\s+(?:be\s+)?(?:able\s+to\s+)?${ONWARD}\s+your\s+(?:application|candidacy|profile)`, 'i')),
  fam('rejection', true, 'not-moving-forward-at-all', /\bnot (?:be )?(?:moving|proceeding|going) (?:forward|ahead)\b/i),
  fam('rejection', true, 'someone-else', /\b(?:move|moving|go|going|went|proceed(?:ing)?|decided|chose|chosen|hired|selected|offered (?:it|the (?:role|position|job)) to)\b[^.]{0,30}?\b(?:someone|somebody) else\b/i),
  fam('rejection', true, 'application-rejected', /\b(?:application|candidacy)\b[^.]{0,40}?\b(?:has been|was|is|have been) (?:rejected|declined)\b/i),
  fam('rejection', true, 'other-candidates', /\b(?:move|moving|go|going|went|proceed|proceeding|pursue|pursuing|continue|continuing|decided|chosen|chose|selected|select|hired|offered the (?:role|position|job) to|extended (?:an|the) offer to|filled (?:the|this) (?:role|position) with)\b[^.]{0,40}?\b(?:other|another|a different|different|more qualified|stronger)\s+(?:candidates?|applicants?|individuals?|direction|person|profiles?)\b/i),
  fam('rejection', true, 'others-better-fit', /\bother (?:candidates?|applicants?)\b[^.]{0,60}\b(?:better (?:fit|match|suited|aligned)|more closely|closer (?:fit|match)|more suitable)/i),
  fam('rejection', true, 'not-selected', /\b(?:not|weren't|wasn't|haven't|hasn't|have not|has not)\s+(?:been\s+)?(?:selected|shortlisted|chosen|successful|approved|accepted)\b/i),
  fam('rejection', true, 'unsuccessful', /\b(?:was|were|has been|have been|is|been) unsuccessful\b|\bunsuccessful (?:on this occasion|this time)/i),
  fam('rejection', true, 'unable-to-offer', /\b(?:not (?:be )?able to|unable to|cannot|can't|won't be able to|will not be able to|not in a position to) (?:offer|extend (?:you )?(?:an? )?offer|make (?:you )?an offer)/i),
  fam('rejection', true, 'position-filled', /\b(?:position|role|job|opening|requisition|vacancy)\b[^.]{0,30}?\b(?:has been|have been|was|is now|is|been)? ?(?:filled|put on hold|placed on hold|on hold|cancell?ed|closed)\b|\b(?:recently |already )?filled (?:this|the) (?:position|role|opening|vacancy)\b/i),
  fam('rejection', true, 'not-a-fit', /\bnot (?:a |the )?(?:strong|good|right|close|suitable)\s+(?:fit|match|applicant|candidate)\b/i),
  fam('rejection', true, 'no-longer-considered', /\bno longer (?:under|being|in) consideration\b|\bno longer being considered\b|\bremoved from consideration\b/i),
  fam('rejection', false, 'unfortunately', /\b(?:unfortunately|regrettably|sadly)\b/i),
  fam('rejection', false, 'regret', /\b(?:regret to (?:inform|let you know|tell)|we are sorry to|we're sorry to|sorry to (?:inform|let you know|tell))\b/i),
  fam('rejection', false, 'wish-luck', /\bwish(?:ing)? you (?:the )?(?:very )?(?:best|luck|success|all the best|every success|well)\b[^.]{0,40}\b(?:search|future|endeavou?rs|career|opportunit)/i),
  fam('rejection', false, 'future-openings', /\b(?:encourage you to|feel free to|invite you to|please) (?:re-?apply|apply|check|visit|keep an eye|continue)\b[^.]{0,80}\b(?:future|other|new) (?:opportunit|openings|roles|positions|vacancies)/i),
  fam('rejection', false, 'difficult-decision', /\b(?:difficult|tough|hard) (?:decision|choice)|\bmany (?:highly )?(?:qualified|strong|talented|excellent) (?:candidates|applicants|applications)\b|\bhighly competitive\b/i),

  // Offers.
  fam('offer', true, 'pleased-to-offer', /\b(?:pleased|delighted|happy|excited|thrilled|glad)\b[^.]{0,25}?\b(?:extend|offer|make)(?:ing)? (?:you )?(?:an? |the |this |our |a formal |a conditional |a verbal )?(?:offer|position|role|job|acceptance|employment)/i),
  fam('offer', true, 'offer-letter', /\b(?:offer letter|offer of employment|employment offer|job offer|formal offer|written offer|verbal offer|offer package)\b|\baccept (?:this|the|our) offer\b|\b(?:sign|review) (?:the|your) offer\b/i),
  fam('offer', false, 'congratulations', /\bcongratulations\b/i),
  fam('offer', false, 'start-date', /\b(?:start date|starting salary|base salary|compensation package|welcome (?:you )?(?:to|aboard) the team)\b/i),

  // Interviews.
  fam('interview', true, 'invite-to-interview', /\b(?:invite|invited|inviting|invitation)\b[^.]{0,40}?\b(?:interview|phone screen|screening call|video call|on-?site|conversation|chat|meet (?:with )?(?:the|our))\b/i),
  fam('interview', true, 'schedule-interview', /\b(?:re)?(?:schedule|set up|book|arrange|organi[sz]e|find a time for|coordinate)\b[^.]{0,30}?\b(?:interview|phone screen|screening|call|chat|conversation|meeting)\b/i),
  fam('interview', true, 'interview-invitation', /\binterview (?:invitation|invite|request|confirmation)\b|\binterview (?:is |has been )?(?:scheduled|confirmed|booked)\b/i),
  fam('interview', true, 'next-round', /\b(?:move|moving|advance|advancing|progress|progressing) (?:you )?(?:forward )?(?:to|into) (?:the )?(?:next|second|final|first|technical) (?:round|stage|step)|\bto the (?:next|final) (?:round|stage) of (?:our|the) (?:interview|hiring|recruit)/i),
  fam('interview', true, 'scheduling-link', /\b(?:calendly\.com|goodtime\.io|cal\.com\/|calendar\.app\.google|outlook\.office\.com\/bookwithme)|\bpick (?:a|one) time\b|\bbook a (?:time|slot)\b/i),
  fam('interview', false, 'availability', /\byour availability\b|\bavailable (?:for|to) (?:an? )?(?:interview|call|chat)|\btimes? (?:that )?works? (?:best )?for you\b|\bwhen (?:are|would) you (?:be )?(?:available|free)\b/i),
  fam('interview', false, 'like-to-talk', /\b(?:like|love) to (?:speak|talk|chat|meet) (?:with )?you\b|\bphone (?:call|screen)\b|\bvideo (?:call|interview)\b/i),

  // Assessments.
  fam('assessment', true, 'complete-assessment', /\b(?:please|to|invite you to|ask(?:ed)? (?:you )?to|like you to|need you to|next step is|next step will be)\b[^.]{0,25}?\b(?:complete|take|finish|start|do|submit)\b[^.]{0,40}?\b(?:assessment|coding (?:challenge|exercise|test)|technical (?:challenge|exercise|test|assignment)|take[- ]home|online test|skills? test|case study|assignment|challenge|questionnaire|exercise)\b/i),
  fam('assessment', true, 'assessment-platform', /\b(?:hackerrank|codility|codesignal|hirevue|testgorilla|coderbyte|codinggame|codingame|pymetrics|harver|mettl|karat)\b/i),
  fam('assessment', true, 'assessment-invitation', /\b(?:assessment|coding challenge|take-home|skills test|online test) (?:invitation|invite|link)\b|\binvit\w* (?:you )?to (?:an? |our |the )?(?:online |technical |coding )?(?:assessment|challenge|test)\b/i),

  // Acknowledgements.
  fam('acknowledgement', true, 'received-application', /\b(?:received|receipt of) your (?:[\w.&'-]+ ){0,4}?(?:application|resume|résumé|submission|CV|candidacy|interest)\b|\byour (?:job )?(?:application|submission)\b[^.]{0,40}?\b(?:has been|was|is|have been) (?:successfully )?(?:received|submitted|sent|recorded|completed?)\b/i, true),
  fam('acknowledgement', true, 'got-your-application', /\b(?:we've got|we have got|we got) your (?:application|resume|CV)\b/i, true),
  fam('acknowledgement', true, 'thanks-for-applying', /\bthank(?:s| you) (?:so much |very much )?for (?:applying|your application|submitting (?:your |an? )?(?:[\w.&'-]+ ){0,3}?application|your submission)\b/i, true),
  fam('acknowledgement', true, 'application-sent-to', /\b(?:application|resume) (?:was |has been )?(?:sent|submitted|delivered) to\b/i, true),
  fam('acknowledgement', false, 'will-be-reviewed', /\b(?:will|to) (?:be )?(?:carefully )?review(?:ed|ing)?\b|\b(?:is|are|being) (?:now )?(?:being )?reviewed\b|\breview(?:ing)? (?:your|all) (?:application|resume|qualifications|submission|experience)/i, true),
  fam('acknowledgement', false, 'was-received', /\b(?:email|message|information|details|documents?|materials) (?:was|were|has been|have been) (?:successfully )?received\b/i, true),
  fam('acknowledgement', false, 'interest-in', /\bthank(?:s| you) (?:very much )?for (?:your interest|considering)\b/i, true),
  fam('acknowledgement', false, 'we-will-contact', /\b(?:we|someone|a recruiter|our team|a member of our team)\b[^.]{0,30}?\b(?:will|'ll) (?:be in touch|contact you|reach out|get back to you|be hearing from)|\byou will (?:be )?(?:hear(?:ing)?|receive an update) from/i, true),
];
