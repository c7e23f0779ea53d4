import { TactfulProvider } from '@tactful/react';
import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { type TactfulTestOptions, tactfulI18n } from './tactful';

export {
  type Announcement,
  copyText,
  liveRegion,
  recordAnnouncements,
  type TactfulTestOptions,
  tactfulI18n,
} from './tactful';

/**
 * Renders `ui` inside a `TactfulProvider` with a real i18n instance (copy loaded before the first
 * render, as on a server), in jsdom through Testing Library. `rerender` keeps the provider.
 */
export async function renderWithTactful(
  ui: ReactNode,
  { lng = 'en', i18n: given, ...props }: TactfulTestOptions = {},
  options: Omit<RenderOptions, 'wrapper'> = {},
): Promise<RenderResult & { i18n: i18n }> {
  const instance = given ?? (await tactfulI18n(lng));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TactfulProvider i18n={instance} {...props}>
      {children}
    </TactfulProvider>
  );
  return { ...render(ui, { ...options, wrapper }), i18n: instance };
}
