export type Politeness = 'polite' | 'assertive';

export interface Announcer {
  announce(text: string, politeness?: Politeness): void;
  subscribe(listener: () => void): () => void;
  /** What each region says now. */
  getSnapshot(): Readonly<Record<Politeness, string>>;
}

/** Delay between clearing a region and filling it, so repeating the same words is announced again. */
const REFILL_DELAY_MS = 60;

/**
 * The text for the two live regions the provider mounts once. Screen readers announce a change to a
 * region that already exists; a region inserted together with its text is often never read.
 * Each announcement empties its region, then fills it a moment later; announcements that arrive
 * before it is filled are said together, so none is lost.
 */
export function createAnnouncer(): Announcer {
  let snapshot: Readonly<Record<Politeness, string>> = { polite: '', assertive: '' };
  const waiting: Record<Politeness, string> = { polite: '', assertive: '' };
  const timers: Partial<Record<Politeness, ReturnType<typeof setTimeout>>> = {};
  const listeners = new Set<() => void>();
  const show = (politeness: Politeness, text: string) => {
    snapshot = { ...snapshot, [politeness]: text };
    for (const listener of listeners) listener();
  };
  return {
    announce(text, politeness = 'polite') {
      const trimmed = text.trim();
      if (!trimmed) return;
      waiting[politeness] = waiting[politeness] ? `${waiting[politeness]} ${trimmed}` : trimmed;
      show(politeness, '');
      clearTimeout(timers[politeness]);
      timers[politeness] = setTimeout(() => {
        show(politeness, waiting[politeness]);
        waiting[politeness] = '';
      }, REFILL_DELAY_MS);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
