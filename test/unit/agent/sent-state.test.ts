/**
 * ZipRecruiter's 1-Click Apply has no confirmation page: the control the person pressed turning into
 * "Applied" is the confirmation. Only a control pressed in this tab counts; a job that shows "Applied"
 * when it opens (applied to earlier), or another job's "Applied", never does. happy-dom has no layout,
 * so each test gives the boxes the browser would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pressedShowsSent, type Pressed } from '../../../src/agent/confirmation';
import { submitSiteFor } from '../../../src/sites/find';
import { initialSubmission, stepSubmission } from '../../../src/agent/submission';

const FIXTURES = path.resolve('test/fixtures/sites/www.ziprecruiter.com/jobs/acme-robotics-7c6d5e4f');
const zip = submitSiteFor('ziprecruiter');

function load(file: string) {
  const html = fs.readFileSync(path.join(FIXTURES, file), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  sized();
  return (selector: string) => document.querySelector(selector)!;
}

/** Every control gets a box, as the browser's layout would give it. */
function sized() {
  for (const el of document.querySelectorAll('button, span, a')) vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ width: 120, height: 32 } as DOMRect);
}

const pressedOn = (control: Element): Pressed => ({ control, parent: control.parentElement });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('ZipRecruiter: the pressed control turning into "Applied"', () => {
  it('the 1-Click control is the submit; "Applied" is its sent state, "1-Click Apply" is not', () => {
    const $ = load('robotics-technician-1a2b3c4d.html');
    expect(zip.isSubmit($('#one-click'))).toBe(true);
    expect(zip.sentState?.($('#one-click'))).toBe(false);
    const applied = document.createElement('button');
    applied.textContent = 'Applied';
    expect(zip.sentState?.(applied)).toBe(true);
  });

  it('counts once the pressed control says "Applied", in place or redrawn in its container', () => {
    const $ = load('robotics-technician-1a2b3c4d.html');
    const button = $('#one-click');
    const pressed = [pressedOn(button)];
    expect(pressedShowsSent(zip, pressed)).toBe(false);
    button.textContent = 'Applied';
    expect(pressedShowsSent(zip, pressed)).toBe(true);
    // The site draws a new control in its place (the one pressed is gone).
    button.textContent = '1-Click Apply';
    const redrawn = document.createElement('button');
    redrawn.textContent = 'Applied';
    button.replaceWith(redrawn);
    sized();
    expect(pressedShowsSent(zip, pressed)).toBe(true);
    // Hidden, it is not seen and does not count.
    vi.spyOn(redrawn, 'getBoundingClientRect').mockReturnValue({ width: 0, height: 0 } as DOMRect);
    expect(pressedShowsSent(zip, pressed)).toBe(false);
  });

  it('a job shown as "Applied" when it opens, or another job’s "Applied", never counts without a press on this one', () => {
    const $ = load('warehouse-lead-5e6f7a8b.html');
    expect(zip.isSubmit($('#applied'))).toBe(false);
    expect(pressedShowsSent(zip, [])).toBe(false);
    // A press elsewhere (Save) does not make the page's "Applied" a confirmation.
    expect(pressedShowsSent(zip, [pressedOn($('#save'))])).toBe(false);
    const other = load('robotics-technician-1a2b3c4d.html');
    expect(pressedShowsSent(zip, [pressedOn(other('#one-click'))])).toBe(false);
  });

  it('sites without a sent state never count this way', () => {
    const $ = load('robotics-technician-1a2b3c4d.html');
    $('#one-click').textContent = 'Applied';
    expect(pressedShowsSent(submitSiteFor('greenhouse'), [pressedOn($('#one-click'))])).toBe(false);
  });

  it('with the submission rules: "Applied" after the press records; "Applied" from the start, with no press, neither records nor asks', () => {
    const pressed = stepSubmission(initialSubmission(), { type: 'submit', at: 1000, confirmedNow: false });
    expect(stepSubmission(pressed.state, { type: 'check', at: 1500, confirmedNow: true }).action).toBe('record');
    // No press: the pressed list is empty, so the page's "Applied" never makes confirmedNow true.
    load('warehouse-lead-5e6f7a8b.html');
    const confirmedNow = pressedShowsSent(zip, []);
    expect(stepSubmission(initialSubmission(), { type: 'check', at: 1500, confirmedNow }).action).toBe('none');
  });
});
