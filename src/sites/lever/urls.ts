import type { SiteUrls, UrlExamples } from '../site-urls';

/** /<company>/<posting uuid>, its /apply form and its /thanks page. */
export const urls: SiteUrls = {
  id: 'lever',
  // Server-rendered: every posting (/<company>/<uuid>…) is a full page load, so only those get the script.
  navigation: 'page-loads',
  matches: ['https://jobs.lever.co/*/*-*-*-*-*', 'https://jobs.eu.lever.co/*/*-*-*-*-*'],
  hosts: /^jobs(\.eu)?\.lever\.co$/,
  jobPage: [/^\/[^/?]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
  confirmation: [/^\/[^/?]+\/[0-9a-f-]{36}\/thanks/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/apply',
    'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/thanks',
    'https://jobs.eu.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
  ],
  mustNot: [
    'https://jobs.lever.co/acme',
    'https://jobs.lever.co/acme?team=Engineering',
    'https://www.lever.co/blog/',
  ],
};
