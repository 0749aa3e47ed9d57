// Writes to the page only what changes. Setting the same text again replaces its text node, and
// setting an attribute to the value it has restyles the element: at each value of a moving
// slider the page would lay itself out again for nothing, on the thread that hears the preview.

/** Sets an element's text, if it differs. */
export function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

/** Shows or hides an element, if it is not so already. */
export function setHidden(el: HTMLElement, hidden: boolean) {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Sets an attribute, or removes it (`null`), if it differs. */
export function setAttr(el: Element, name: string, value: string | null) {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
