import { expect } from 'storybook/test';

/** A copy key that reached the screen instead of its text (`kinds.insufficient_funds.title`). */
const RAW_KEY =
  /\b(?:kinds|states|actions|tones|amounts|a11y|recharge|status|resume|fallback|countdown|balance|autoRecharge|payment|terms)\.[a-z_]+(?:\.[a-z_]+)*\b/;

/** The kit's own elements in a story (not the story's furniture). */
export const kitElements = (root: ParentNode): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('[class^="tactful-"], [class*=" tactful-"]')].filter(
    (element) =>
      !element.classList.contains('tactful-story-frame') && !element.closest('[data-tactful-live-regions]'),
  );

/** Copy keys showing as text anywhere in the kit's elements. */
export function rawKeysIn(root: ParentNode): string[] {
  return kitElements(root)
    .map((element) => element.textContent?.match(RAW_KEY)?.[0])
    .filter((key): key is string => key !== undefined);
}

/** A region's name as screen readers list it: the text of the elements it is labelled by. */
const nameOf = (region: Element) =>
  (region.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => region.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');

/**
 * What every message must be: a tone in words and a title from the copy (no key on screen), a name of
 * its own (no two banners in a story named alike), and never two primary actions. A message about a
 * request has exactly one whenever it offers buttons (a finished request offers only the dismiss icon);
 * a page status (nothing for the user to do) may have none.
 */
export function expectSoundBanners(
  root: ParentNode,
  { primary = 'one' as 'one' | 'at most one' } = {},
): HTMLElement[] {
  const banners = [...root.querySelectorAll<HTMLElement>('.tactful-banner')];
  expect(banners.length).toBeGreaterThan(0);
  expect(rawKeysIn(root)).toEqual([]);
  const names = banners.map(nameOf);
  expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  for (const banner of banners) {
    expect(banner.querySelector('.tactful-banner__title')?.textContent?.trim()).toBeTruthy();
    expect(banner.querySelector('.tactful-banner__tone')?.textContent?.trim()).toBeTruthy();
    const primaries = banner.querySelectorAll('.tactful-button[data-variant="primary"]').length;
    if (primary === 'at most one') expect(primaries).toBeLessThanOrEqual(1);
    else if (banner.querySelector('.tactful-button')) expect(primaries).toBe(1);
  }
  return banners;
}
