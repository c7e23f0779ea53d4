import type { PendingIntent } from '@tactful/core';
import { useCallback, useEffect, useState } from 'react';
import { useTactful } from '../provider/context';

export interface PendingIntents {
  /** Intents an earlier page left unfinished, oldest first; empty on the server and in the first render. */
  readonly intents: readonly PendingIntent[];
  /** Lets them go: they are marked discarded for every tab. */
  readonly discard: (intents?: readonly PendingIntent[]) => void;
}

const NONE: readonly PendingIntent[] = [];
const sameIds = (a: readonly PendingIntent[], b: readonly PendingIntent[]) =>
  a.length === b.length && a.every((intent, index) => intent.id === b[index]?.id);

/**
 * Intents stored by an earlier page (with the provider's `storage`) that nothing on this page has taken
 * back yet. Read after mount, so the server and the first render agree, and again whenever the
 * runtime changes (taking one back with `useIntent().resume` removes it from the list).
 */
export function usePendingIntents(): PendingIntents {
  const { runtime } = useTactful();
  const [intents, setIntents] = useState(NONE);
  const read = useCallback(() => {
    const now = runtime.pendingIntents();
    setIntents((before) => (sameIds(before, now) ? before : now));
  }, [runtime]);
  useEffect(() => {
    read();
    return runtime.subscribe(read);
  }, [runtime, read]);
  const discard = useCallback(
    (which: readonly PendingIntent[] = runtime.pendingIntents()) => {
      for (const intent of which) runtime.discard(intent.id);
      read();
    },
    [runtime, read],
  );
  return { intents, discard };
}
