import { describe, expect, it } from 'vitest';
import type { PageVisibilityEvent } from './balance.types';
import { pageVisibility } from './visibility';

function fakePage(state: 'visible' | 'hidden' = 'visible') {
  const document = Object.assign(new EventTarget(), { visibilityState: state as string });
  const window = new EventTarget();
  return { document, window };
}

describe('pageVisibility', () => {
  it('reads document.visibilityState and reports visibilitychange and window focus', () => {
    const page = fakePage();
    const visibility = pageVisibility(page);
    const seen: PageVisibilityEvent[] = [];
    const stop = visibility.subscribe((event) => seen.push(event));
    expect(visibility.isVisible()).toBe(true);
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(visibility.isVisible()).toBe(false);
    page.document.visibilityState = 'visible';
    page.document.dispatchEvent(new Event('visibilitychange'));
    page.window.dispatchEvent(new Event('focus'));
    expect(seen).toEqual(['hidden', 'visible', 'focus']);
    stop();
    page.window.dispatchEvent(new Event('focus'));
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(seen).toHaveLength(3);
  });

  it('works without a window to focus', () => {
    const { document } = fakePage('hidden');
    const visibility = pageVisibility({ document });
    expect(visibility.isVisible()).toBe(false);
    const seen: PageVisibilityEvent[] = [];
    visibility.subscribe((event) => seen.push(event));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(seen).toEqual(['hidden']);
  });

  it('counts as always visible, listening to nothing, where there is no DOM', () => {
    // Node has neither document nor window: the default environment is the global object.
    const visibility = pageVisibility();
    expect(visibility.isVisible()).toBe(true);
    const stop = visibility.subscribe(() => {
      throw new Error('never called');
    });
    expect(stop).toBeTypeOf('function');
    stop();
    expect(pageVisibility({}).isVisible()).toBe(true);
  });
});
