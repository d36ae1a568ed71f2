/**
 * The only import of webextension-polyfill: extension pages and the background use `browser` with
 * promises on both Chrome and Firefox. Scripts that run in web pages never import it (about 10 KB):
 * the agent sends through ./send.ts and the page scripts through src/content/ask-agent.ts, both with
 * the global `browser` (Firefox) or `chrome` (Chrome's MV3 calls return promises).
 */
import browser from 'webextension-polyfill';

export default browser;
