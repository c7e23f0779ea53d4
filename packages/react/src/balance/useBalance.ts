import {
  type BalanceMonitor,
  type BalanceMonitorOptions,
  type BalanceSnapshot,
  createBalanceMonitor,
} from '@tactful/core';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';

export interface BalanceState extends BalanceSnapshot {
  /** Read now (after a request or a recharge); joins a read under way. Never rejects. */
  readonly refresh: () => Promise<BalanceSnapshot>;
  readonly monitor: BalanceMonitor;
}

/** How many mounted hooks use each monitor, so one unmounting does not stop it under the others. */
const users = new WeakMap<BalanceMonitor, number>();

function isMonitor(value: BalanceMonitor | BalanceMonitorOptions): value is BalanceMonitor {
  return typeof (value as BalanceMonitor).getSnapshot === 'function';
}

/**
 * The account balance, kept current by a core balance monitor that polls while a component using it
 * is mounted. Pass a monitor the app made (shared across components), or the monitor's options: the
 * hook then makes one on first render, always calls the latest `read`, and passes changed thresholds
 * on (other options count from the first render). Nothing runs during render, so it renders on the
 * server as "no balance yet".
 */
export function useBalance(monitorOrOptions: BalanceMonitor | BalanceMonitorOptions): BalanceState {
  const given = isMonitor(monitorOrOptions) ? monitorOrOptions : null;
  const options = given ? null : (monitorOrOptions as BalanceMonitorOptions);
  const latestRead = useRef(options?.read);
  latestRead.current = options?.read;
  const [owned] = useState(() =>
    options
      ? createBalanceMonitor({
          ...options,
          read: (signal) => (latestRead.current ?? options.read)(signal),
        })
      : null,
  );
  const monitor = given ?? (owned as BalanceMonitor);

  const thresholdsKey = options ? JSON.stringify(options.thresholds) : '';
  const firstThresholds = useRef(thresholdsKey);
  useEffect(() => {
    if (!owned || thresholdsKey === firstThresholds.current) return;
    firstThresholds.current = thresholdsKey;
    owned.setThresholds(JSON.parse(thresholdsKey));
  }, [owned, thresholdsKey]);

  useEffect(() => {
    users.set(monitor, (users.get(monitor) ?? 0) + 1);
    monitor.start();
    return () => {
      const left = (users.get(monitor) ?? 1) - 1;
      users.set(monitor, left);
      if (left === 0) monitor.stop();
    };
  }, [monitor]);

  const snapshot = useSyncExternalStore(monitor.subscribe, monitor.getSnapshot, monitor.getSnapshot);
  return useMemo(() => ({ ...snapshot, refresh: monitor.refresh, monitor }), [snapshot, monitor]);
}
