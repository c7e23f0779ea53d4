import axe from 'axe-core';
import type { ReactNode } from 'react';

export interface Look {
  readonly name: string;
  readonly lng: 'en' | 'ar';
  readonly theme: 'light' | 'dark';
  readonly dir: 'ltr' | 'rtl';
}

/** Light, dark, and right to left with Arabic copy: every component is checked in each. */
export const LOOKS: readonly Look[] = [
  { name: 'light', lng: 'en', theme: 'light', dir: 'ltr' },
  { name: 'dark', lng: 'en', theme: 'dark', dir: 'ltr' },
  { name: 'rtl (Arabic)', lng: 'ar', theme: 'light', dir: 'rtl' },
];

/** A page in the look's theme and direction, painted with the theme's colours as an app's page would be. */
export function Frame({ look, children }: { look: Look; children: ReactNode }) {
  return (
    <main
      data-testid="frame"
      data-theme={look.theme}
      dir={look.dir}
      lang={look.lng}
      style={{ background: 'var(--tactful-surface)', color: 'var(--tactful-text)', padding: '1rem' }}
    >
      {children}
    </main>
  );
}

/** axe's violations in an element, as "rule: target — summary" lines, so a failure says what and where. */
export async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}
