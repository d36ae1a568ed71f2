/**
 * Application forms drawn without a <form> element (Gem, Dover, Rippling build theirs in a
 * single-page app): the control that sends one comes after its résumé upload in the page, where an
 * "Apply" button at the top of the posting, which only scrolls to or opens the form, comes before it.
 */
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Does `control` come after a file input (the résumé) in document order? */
export function afterUpload(control: Element): boolean {
  return Array.from(control.ownerDocument.querySelectorAll('input[type="file"]')).some(
    (upload) => (upload.compareDocumentPosition(control) & FOLLOWING) !== 0,
  );
}
