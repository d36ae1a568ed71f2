import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/reply/classify';
import type { EmailText } from '../../../../src/core/reply/types';
import { parseEmailFile } from '../../../../scripts/lib/email-file';

const FIXTURES = path.resolve('test/fixtures/emails');

function email(body: string, extra: Partial<EmailText> = {}): EmailText {
  return { subject: '', fromName: '', fromAddress: '', body, ...extra };
}

describe('the emails the project wrote (test/fixtures/emails)', () => {
  const rows = fs
    .readFileSync(path.join(FIXTURES, 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  it.each(rows)('%s is a %s', (file, label, company) => {
    const reading = classifyEmail(parseEmailFile(fs.readFileSync(path.join(FIXTURES, file!), 'utf8')));
    expect(reading.label).toBe(label);
    if (label !== 'other') expect(reading.sentence).not.toBe('');
    if (company !== '-') expect(reading.company.toLowerCase()).toContain(company!.toLowerCase().split(' ')[0]);
  });
});

describe('classifyEmail', () => {
  it('decides rejection before offer: "unable to offer you" is a no', () => {
    const reading = classifyEmail(email('Thank you for your time. We are unable to offer you the position.'));
    expect(reading.label).toBe('rejection');
    expect(reading.sentence).toBe('We are unable to offer you the position.');
  });

  it('does not count a condition: "if you are not selected" in an acknowledgement', () => {
    const reading = classifyEmail(
      email('We have received your application. If you are not selected, we will keep your resume on file.'),
    );
    expect(reading.label).toBe('acknowledgement');
  });

  it('does not read a conditional offer as an offer', () => {
    expect(classifyEmail(email("If we're able to offer you a place, you will hear from us.")).label).toBe('other');
  });

  it('needs a second signal for a weak phrase: "unfortunately" alone is not a rejection', () => {
    expect(classifyEmail(email('Unfortunately the office is closed on Friday, so the parcel will arrive Monday.')).label).toBe('other');
    expect(
      classifyEmail(email('Unfortunately we will not take this further. We wish you the best in your job search.')).label,
    ).toBe('rejection');
  });

  it('lets a strong phrase decide alone, and reports it', () => {
    const reading = classifyEmail(email('We have decided to move forward with other candidates for this role.'));
    expect(reading.label).toBe('rejection');
    expect(reading.phrases).toContain('rejection:other-candidates');
  });

  it('reads only the newest message of a chain', () => {
    const body = [
      'Hi Alex, we would like to invite you to an interview next week.',
      '',
      'On Tue, Mar 3, 2026 at 10:00 AM Acme <jobs@acme.com> wrote:',
      '> Unfortunately, we have decided to move forward with other candidates.',
    ].join('\n');
    expect(classifyEmail(email(body)).label).toBe('interview');
  });

  it('calls a job alert "other" whatever it mentions', () => {
    const alert = email('Jobs you may be interested in: Designer at Acme. We are pleased to offer you the position tips.', {
      fromAddress: 'jobalerts-noreply@linkedin.com',
    });
    expect(classifyEmail(alert).label).toBe('other');
  });

  it('never takes an applicant-tracking system or job board for the company', () => {
    const reading = classifyEmail(
      email('Thank you for applying. Your application has been received.', {
        fromName: 'Greenhouse',
        fromAddress: 'no-reply@us.greenhouse-mail.io',
      }),
    );
    expect(reading.company).toBe('');
    const linkedIn = classifyEmail(
      email('Your application was sent to Globex for the Analyst role.', { fromName: 'LinkedIn', fromAddress: 'jobs-noreply@linkedin.com' }),
    );
    expect(linkedIn.company).toBe('Globex');
  });

  it('takes the company from a display name with team words, and a title and requisition id from the text', () => {
    const reading = classifyEmail(
      email('Thank you for applying to the Staff Engineer position (Req ID 48213) at Initech.\nYour application has been received.', {
        fromName: 'Initech Talent Acquisition',
        fromAddress: 'initech@myworkday.com',
      }),
    );
    expect(reading).toMatchObject({ label: 'acknowledgement', company: 'Initech', jobTitle: 'Staff Engineer', jobId: '48213' });
  });

  it('reads rejections and acknowledgements in seven more languages', () => {
    const cases: [string, string][] = [
      ['Leider haben wir uns für einen anderen Bewerber entschieden.', 'rejection'],
      ['Vielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen.', 'acknowledgement'],
      ["Votre candidature n'a pas été retenue.", 'rejection'],
      ['Merci pour votre candidature.', 'acknowledgement'],
      ['Lamentablemente no has sido seleccionado.', 'rejection'],
      ['Gracias por tu candidatura.', 'acknowledgement'],
      ['Infelizmente, você não foi selecionado para a vaga.', 'rejection'],
      ['Obrigado pela sua candidatura.', 'acknowledgement'],
      ['Helaas ben je niet geselecteerd.', 'rejection'],
      ['Bedankt voor je sollicitatie.', 'acknowledgement'],
      ['Purtroppo non sei stato selezionato.', 'rejection'],
      ['Grazie per la tua candidatura.', 'acknowledgement'],
      ['Niestety nie zostałeś wybrany do dalszego etapu.', 'rejection'],
      ['Dziękujemy za przesłanie zgłoszenia.', 'acknowledgement'],
    ];
    for (const [text, label] of cases) expect([text, classifyEmail(email(text)).label]).toEqual([text, label]);
  });

  it('reads the other ways employers say it', () => {
    const cases: [string, string][] = [
      ['Your application for the Designer role has been rejected.', 'rejection'],
      ['We will not be progressing your application further.', 'rejection'],
      ['We are unable to move your application forward.', 'rejection'],
      ['At this time, we will not be moving forward.', 'rejection'],
      ['We decided to go with someone else for this role.', 'rejection'],
      ['The team went with another candidate.', 'rejection'],
      ["We've got your application! We'll be in touch.", 'acknowledgement'],
      ["We're thrilled to extend you an offer for the Engineer role.", 'offer'],
      ["We'd love to schedule a call to discuss next steps.", 'interview'],
      ['Unfortunately, I need to reschedule our call to Friday.', 'interview'],
    ];
    for (const [text, label] of cases) expect([text, classifyEmail(email(text)).label]).toEqual([text, label]);
  });

  it('copes with a 5 MB body, right-to-left and CJK text without throwing', () => {
    const huge = `We have received your application.\n${'lorem ipsum dolor sit amet '.repeat(200_000)}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    expect(classifyEmail(email(huge)).label).toBe('acknowledgement');
    expect(classifyEmail(email('شكراً لتقديمك. لقد تلقينا طلبك.\nתודה על פנייתך')).label).toBe('other');
    expect(classifyEmail(email('感谢您的申请。我们已收到您的简历。', { subject: '申请确认' })).label).toBe('other');
    expect(() => classifyEmail(email('\u202Eevila\u202C <<<>>> \u0000 '.repeat(1000)))).not.toThrow();
  });
});
