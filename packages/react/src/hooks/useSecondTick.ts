import { useEffect, useReducer } from 'react';

/**
 * Re-renders the caller each time the whole seconds left until `until` (epoch ms) change, and not
 * otherwise: a countdown ticks once a second while it runs, and costs nothing before or after.
 */
export function useSecondTick(until: number | undefined): void {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (until === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      const left = until - Date.now();
      if (left <= 0) return;
      // At the next whole-second boundary, where the number shown changes (a timer that fires early
      // just schedules again for the rest).
      timer = setTimeout(
        () => {
          tick();
          schedule();
        },
        left % 1000 || 1000,
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [until]);
}
