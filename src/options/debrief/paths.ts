/** Hash paths of the debrief pages (kept here so the popup and the options page agree). */
export const debriefPaths = {
  debrief: (applicationId: string) => `/debrief/${encodeURIComponent(applicationId)}`,
  insights: () => '/insights',
  preferences: () => '/preferences',
};

export const OPTIONS_PAGE = 'src/options/index.html';
