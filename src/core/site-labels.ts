/**
 * A site as people say its name, for the timeline and the toast ("Saved from LinkedIn", "Applied on
 * Greenhouse"): the site folders' ids are lower case and some brands are not ("iCIMS").
 */
const LABELS: Record<string, string> = {
  linkedin: 'LinkedIn',
  icims: 'iCIMS',
  smartrecruiters: 'SmartRecruiters',
  bamboohr: 'BambooHR',
  jazzhr: 'JazzHR',
  successfactors: 'SAP SuccessFactors',
  ukgpro: 'UKG Pro',
  adp: 'ADP',
  ziprecruiter: 'ZipRecruiter',
  stepstone: 'StepStone',
  welcometothejungle: 'Welcome to the Jungle',
  oracle: 'Oracle Recruiting Cloud',
};

/**
 * "linkedin" → "LinkedIn", "greenhouse" → "Greenhouse"; a host (any other site) is shown as it is,
 * without "www.". Unknown or odd input gives "" rather than something that looks like a name.
 */
export function siteLabel(site: string | null | undefined): string {
  const id = String(site ?? '').trim().toLowerCase().slice(0, 100);
  if (!id || id === 'web') return '';
  if (LABELS[id]) return LABELS[id];
  if (id.includes('.')) return id.replace(/^www\./, '');
  return /^[a-z0-9-]+$/.test(id) ? id.charAt(0).toUpperCase() + id.slice(1) : '';
}
