import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * "Apply" on the posting sends the member's profile (Naukri's one-step apply), and the questions
 * drawer it may open first ends with "Save"/"Submit", which sends it. "Apply on company site" leaves
 * for the employer and sends nothing; "Save" on the posting itself bookmarks the job.
 */
export const submit = defineSubmitSite({
  id: 'naukri',
  isSubmit: (control) => {
    if (!isButtonLike(control)) return false;
    const text = controlText(control);
    if (control.matches('#company-site-button') || /company site/i.test(text)) return false;
    if (control.matches('#apply-button')) return true;
    const drawer = control.closest('[class*="chatbot_Drawer"], [class*="chatbot-drawer"], [role="dialog"]');
    return !!drawer && /^(save|submit)$/i.test(text);
  },
});
