import { useEffect, useRef } from 'react';
import type { Politeness } from '../live-region/announcer';

/**
 * Says `text` through the provider's live regions once per `key`: a new state is announced, a
 * re-render (a countdown tick, a parent update, StrictMode's second effect) is not.
 */
export function useAnnouncement(
  announce: ((text: string, politeness?: Politeness) => void) | undefined,
  key: string | undefined,
  text: string | undefined,
  politeness: Politeness,
): void {
  const said = useRef<string>(undefined);
  useEffect(() => {
    if (!announce || !key || !text || said.current === key) return;
    said.current = key;
    announce(text, politeness);
  }, [announce, key, text, politeness]);
}
