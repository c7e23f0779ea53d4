export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  readonly text: string;
  readonly politeness: Politeness;
  /** Increases with every announcement, so the same text said twice is still a change. */
  readonly id: number;
}

export interface Announcer {
  announce(text: string, politeness?: Politeness): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): Readonly<Record<Politeness, Announcement | null>>;
}

/**
 * The text for the two live regions the provider mounts once. Screen readers announce a change to a
 * region that already exists; a region inserted together with its text is often never read.
 */
export function createAnnouncer(): Announcer {
  let snapshot: Readonly<Record<Politeness, Announcement | null>> = { polite: null, assertive: null };
  let nextId = 1;
  const listeners = new Set<() => void>();
  return {
    announce(text, politeness = 'polite') {
      const trimmed = text.trim();
      if (!trimmed) return;
      snapshot = { ...snapshot, [politeness]: { text: trimmed, politeness, id: nextId++ } };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
