import { isDevelopment } from '../dev/dev-warn';

/** A region's name as a screen reader lists it: the text of the elements it is labelled by, in order. */
const nameOf = (region: Element) =>
  (region.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => region.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');

const warned = new Set<string>();

/**
 * In development, warns (once per name) when another of the kit's banners on the page has the same
 * name as this one: two intents without labels stopped for the same reason say the very same words, so
 * a screen reader's list of landmarks shows two identical entries, and axe reports `landmark-unique`.
 */
export function warnOnSharedName(region: HTMLElement | null): void {
  if (!region || !isDevelopment()) return;
  const name = nameOf(region);
  if (warned.has(name)) return;
  for (const other of region.ownerDocument.querySelectorAll('.tactful-banner[aria-labelledby]')) {
    if (other !== region && nameOf(other) === name) {
      warned.add(name);
      console.warn(
        `Tactful: two banners on this page are both named "${name}", so screen readers cannot tell them apart. Give each intent a label naming what it is about (useIntent's \`label\`).`,
      );
      return;
    }
  }
}
