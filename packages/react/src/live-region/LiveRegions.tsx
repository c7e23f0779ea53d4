import { useSyncExternalStore } from 'react';
import type { Announcer } from './announcer';

const silent = { polite: '', assertive: '' } as const;

/** Both regions, always in the DOM, visually hidden. Mounted once, by the provider. */
export function LiveRegions({ announcer }: { announcer: Announcer }) {
  const said = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, () => silent);
  return (
    <div className="tactful-sr-only" data-tactful-live-regions="">
      {(['polite', 'assertive'] as const).map((politeness) => (
        <div aria-atomic="true" aria-live={politeness} data-tactful-live={politeness} key={politeness}>
          {said[politeness]}
        </div>
      ))}
    </div>
  );
}
