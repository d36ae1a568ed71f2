/**
 * Expressions evaluated inside the real popup (reached over the DevTools protocol, so no Playwright
 * locators there). They act as a person would: type into labelled fields, press buttons by their text.
 */
const js = (value: unknown) => JSON.stringify(value);

export const fieldValue = (name: string) => `document.querySelector('[name=${js(name)}]')?.value ?? null`;

export const typeInto = (name: string, value: string) => `(() => {
  const input = document.querySelector('[name=${js(name)}]');
  input.value = ${js(value)};
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
})()`;

export const buttonExists = (text: string) =>
  `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === ${js(text)} && !b.disabled)`;

export const clickButton = (text: string) => `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${js(text)});
  if (!button) throw new Error('No button ' + ${js(text)});
  button.click();
  return true;
})()`;

/** Choose an option in the <select> whose accessible name starts with `label`. */
export const chooseStage = (label: string, stage: string) => `(() => {
  const select = [...document.querySelectorAll('select')].find((s) => (s.getAttribute('aria-label') ?? '').startsWith(${js(label)}));
  if (!select) throw new Error('No select ' + ${js(label)});
  select.value = ${js(stage)};
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

export const bodyText = 'document.body.innerText';
