/**
 * Small questions a person answers by looking at a page, for Tab.waitFor / Tab.evaluate. Each runs
 * inside the page and sees only its one argument.
 */

/** Does the visible text contain `text` (a string, or a RegExp source)? */
export const showsText = (text: string) => document.body.innerText.includes(text);
export const showsMatch = (source: string) => new RegExp(source).test(document.body.innerText);

/** Is there a heading (of `level`, when given) whose text contains `name`? */
export const hasHeading = ({ name, level }: { name: string; level?: number }) =>
  [...document.querySelectorAll(level ? `h${level}` : 'h1, h2, h3, h4, h5, h6')].some((h) => h.textContent?.replace(/\s+/g, ' ').includes(name));

/** How many elements match `css`. */
export const count = (css: string) => document.querySelectorAll(css).length;

/** The trimmed text of every element matching `css`. */
export const texts = (css: string) => [...document.querySelectorAll(css)].map((el) => (el.textContent ?? '').trim());

/** The value of the first field matching `css` (null when there is none). */
export const valueOf = (css: string) => document.querySelector<HTMLInputElement>(css)?.value ?? null;
