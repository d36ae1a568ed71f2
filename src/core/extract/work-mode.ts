/** Remote / hybrid / on-site from free text ("Melbourne VIC (Remote)", "Hybrid", "On-site"). */
import type { WorkMode } from '../types';

export function workModeFromText(...texts: string[]): WorkMode | null {
  const text = texts.join(' ').toLowerCase();
  if (/\bhybrid\b/.test(text)) return 'hybrid';
  if (/\b(remote|telecommute|work from home|wfh)\b/.test(text)) return 'remote';
  if (/\b(on-?site|in[- ]office|in[- ]person)\b/.test(text)) return 'onsite';
  return null;
}
