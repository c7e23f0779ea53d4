import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
  // Announcements that arrive before the region is filled are said together, so none is lost.
  const waiting = useRef({ text: '', lastId: 0 });
  useEffect(() => {
    const queue = waiting.current;
    if (announcement && announcement.id !== queue.lastId) {
      queue.lastId = announcement.id;
      queue.text = queue.text ? `${queue.text} ${announcement.text}` : announcement.text;
      setText('');
    }
    if (!queue.text) return;
    const timer = setTimeout(() => {
      setText(queue.text);
      queue.text = '';
    }, REFILL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <div aria-atomic="true" aria-live={politeness} data-tactful-live={politeness}>
      {text}
    </div>
  );
}
