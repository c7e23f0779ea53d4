import { TactfulProvider, type TactfulProviderProps } from '@tactful/react';
import type { i18n as I18n } from 'i18next';
import { createContext, type ReactNode, useContext } from 'react';

/** What the toolbar chose for the story on screen: language, direction, theme and motion, and the copy. */
export interface StoryFrame {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly theme: 'light' | 'dark';
  readonly reducedMotion: boolean;
  /** The i18next instance holding the kit's copy in `locale`, loaded before the story renders. */
  readonly i18n: I18n;
}

export const StoryFrameContext = createContext<StoryFrame | null>(null);

/** The toolbar's choices, inside any story (the global decorator provides them). */
export function useStoryFrame(): StoryFrame {
  const frame = useContext(StoryFrameContext);
  if (!frame) throw new Error('useStoryFrame: render the story through .storybook/preview');
  return frame;
}

/** Provider props a story sets as `parameters.tactful`; `false` when the story renders its own provider. */
export type TactfulParameters = Omit<TactfulProviderProps, 'children' | 'i18n' | 'dir'>;

/**
 * A `TactfulProvider` with the toolbar's copy and direction, for stories whose provider props come
 * from their args or state (a ledger's balance, "can pay" as a control).
 */
export function StoryTactful({ children, ...props }: TactfulParameters & { readonly children?: ReactNode }) {
  const { i18n, dir } = useStoryFrame();
  return (
    <TactfulProvider dir={dir} i18n={i18n} {...props}>
      {children}
    </TactfulProvider>
  );
}
