import { TactfulProvider } from '@tactful/react';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import { type TactfulTestOptions, tactfulI18n } from './tactful';

export { type Announcement, copyText, liveRegion, recordAnnouncements, tactfulI18n } from './tactful';

/** As `renderWithTactful`, in real Chromium through vitest-browser-react. */
export async function renderInBrowser(
  ui: ReactNode,
  { lng = 'en', i18n: given, ...props }: TactfulTestOptions = {},
) {
  const instance = given ?? (await tactfulI18n(lng));
  const screen = await render(
    <TactfulProvider i18n={instance} {...props}>
      {ui}
    </TactfulProvider>,
  );
  return Object.assign(screen, { i18n: instance });
}
