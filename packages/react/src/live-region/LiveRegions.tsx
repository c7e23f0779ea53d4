import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Announcement, Announcer, Politeness } from './announcer';

const emptySnapshot = { polite: null, assertive: null } as const;

/** Both regions, always in the DOM, visually hidden. Mounted once, by the provider. */
export function LiveRegions({ announcer }: { announcer: Announcer }) {
  const snapshot = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, () => emptySnapshot);
  return (
    <div className="tactful-sr-only" data-tactful-live-regions="">
      <LiveRegion announcement={snapshot.polite} politeness="polite" />
      <LiveRegion announcement={snapshot.assertive} politeness="assertive" />
    </div>
  );
}

/** Delay between clearing a region and filling it, so repeating the same words is announced again. */
const REFILL_DELAY_MS = 60;

function LiveRegion({
  announcement,
  politeness,
}: {
  announcement: Announcement | null;
  politeness: Politeness;
}) {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!announcement) return;
    setText('');
    const timer = setTimeout(() => setText(announcement.text), REFILL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <div aria-atomic="true" aria-live={politeness} data-tactful-live={politeness}>
      {text}
    </div>
  );
}
