/**
 * ensureAgent (src/background/agent.ts): the frame's own address, read in the frame, picks the agent
 * file; a frame that already has an agent gets nothing more.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Injection {
  target: { tabId: number; frameIds?: number[] };
  files?: string[];
  func?: () => unknown;
}

const scripting = vi.hoisted(() => ({
  calls: [] as Injection[],
  /** What the probe finds in the frame. */
  frame: { loaded: false, href: '' },
  async executeScript(injection: Injection) {
    scripting.calls.push(injection);
    return injection.func ? [{ result: { ...scripting.frame } }] : [{ result: undefined }];
  },
}));
vi.mock('../../../src/shared/browser', () => ({ default: { scripting } }));

const { ensureAgent } = await import('../../../src/background/agent');
const filesInjected = () => scripting.calls.filter((call) => call.files).map((call) => ({ target: call.target, files: call.files }));

beforeEach(() => {
  scripting.calls = [];
});

describe('ensureAgent', () => {
  it("injects the site's agent into a frame on that site's host, in that frame only", async () => {
    scripting.frame = { loaded: false, href: 'https://job-boards.greenhouse.io/acme/jobs/4012345' };
    await ensureAgent({ tabId: 7, frameId: 3 });
    expect(filesInjected()).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['agent-greenhouse.js'] }]);
    expect(scripting.calls[0]?.target).toEqual({ tabId: 7, frameIds: [3] });
  });

  it("the frame's address decides, whatever page embeds it; an unknown host gets the generic agent", async () => {
    scripting.frame = { loaded: false, href: 'https://www.example.com/careers/engineer' };
    await ensureAgent({ tabId: 7 });
    expect(filesInjected()).toEqual([{ target: { tabId: 7 }, files: ['agent.js'] }]);
  });

  it('a page script asking for its agent: the address the browser gave with the message decides, in one call', async () => {
    await ensureAgent({ tabId: 7, frameId: 0, url: 'https://smartapply.indeed.com/beta/indeedapply/form/contact-info' });
    expect(scripting.calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['agent-indeed.js'] }]);
  });

  it('a frame that already has an agent (of any file) gets no second one', async () => {
    scripting.frame = { loaded: true, href: 'https://www.linkedin.com/jobs/view/1' };
    await ensureAgent({ tabId: 7 });
    expect(filesInjected()).toEqual([]);
  });

  it('the probe reads what the frame holds, in the frame', async () => {
    scripting.frame = { loaded: false, href: 'https://www.linkedin.com/jobs/view/1' };
    await ensureAgent({ tabId: 7 });
    const probe = scripting.calls[0]?.func;
    expect(probe).toBeTypeOf('function');
    // Run where the page's address is an Indeed apply step and no agent is there yet.
    vi.stubGlobal('location', new URL('https://smartapply.indeed.com/beta/indeedapply/form/review'));
    try {
      expect(probe!()).toEqual({ loaded: false, href: 'https://smartapply.indeed.com/beta/indeedapply/form/review' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
