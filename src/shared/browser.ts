/**
 * The only import of webextension-polyfill: extension pages and the background use `browser` with
 * promises on both Chrome and Firefox. Content scripts use ./ext-lite instead to stay small.
 */
import browser from 'webextension-polyfill';

export default browser;
