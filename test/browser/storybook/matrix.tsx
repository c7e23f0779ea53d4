import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import axe from 'axe-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import preview from '../../../.storybook/preview';
import { kitElements, rawKeysIn } from '../../../stories/support/checks';

// The project's own decorators, loaders and globals, as Storybook applies them.
setProjectAnnotations(preview);

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../../stories/**/*.stories.tsx', { eager: true });

export const THEMES = ['light', 'dark'] as const;

/** A composed story: `run` applies loaders, decorators and `play`, rendering into a fresh canvas. */
interface RunnableStory {
  run(): Promise<void>;
}

/** As Storybook's a11y addon runs it: the whole page, with `region` off (a story is a fragment of a page). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    resultTypes: ['violations'],
    rules: { region: { enabled: false } },
  });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

const fileName = (path: string) => path.replace('../../../stories/', '');

/**
 * The themes to check in `locale`. English in light is what the `storybook` project runs every story in
 * (same decorators, plays and axe), so it is not run twice under React 19. Under React 18, which that
 * project does not cover, every story runs once, in English and light.
 */
function themesFor(locale: string): readonly (typeof THEMES)[number][] {
  if (inject('reactMajor') === 18) return locale === 'en' ? ['light'] : [];
  return locale === 'en' ? ['dark'] : THEMES;
}

/**
 * Every story of every story file, in `locale` and the themes above: rendered with the project's
 * decorators and loaders (the copy is loaded before the first render), its `play` run (the interaction
 * tests must hold in every language), then checked for raw copy keys and by axe on the whole page
 * (the recharge dialog is portalled outside the story).
 */
export function axeMatrix(locale: string): void {
  const themes = themesFor(locale);
  if (themes.length === 0) {
    it.skip(`${locale}: covered under React 19`, () => {});
    return;
  }
  const counts = new Map<string, { stories: number; violations: number }>();
  for (const theme of themes) {
    describe(`${locale}, ${theme}`, () => {
      const tally = { stories: 0, violations: 0 };
      counts.set(theme, tally);
      for (const [path, module] of Object.entries(modules)) {
        const stories = Object.entries(
          composeStories(module, { initialGlobals: { locale, theme } }) as Record<string, RunnableStory>,
        );
        describe(fileName(path), () => {
          for (const [name, story] of stories) {
            it(name, async () => {
              await story.run();
              const frame = document.querySelector('.tactful-story-frame');
              expect(frame?.getAttribute('lang')).toBe(locale);
              // Everything the kit rendered, the dialog portalled to the body too, wears the story's theme.
              const surface = frame && getComputedStyle(frame).getPropertyValue('--tactful-surface');
              const unthemed = kitElements(document.body).filter(
                (element) => getComputedStyle(element).getPropertyValue('--tactful-surface') !== surface,
              );
              expect(unthemed.map((element) => element.className)).toEqual([]);
              expect(rawKeysIn(document.body)).toEqual([]);
              const found = await violations();
              tally.stories += 1;
              tally.violations += found.length;
              expect(found).toEqual([]);
              // A play may wait up to 3 s (see .storybook/preview.tsx), then axe runs over the whole page.
            }, 15_000);
          }
        });
      }
    });
  }
  afterAll(() => {
    for (const [theme, { stories, violations: found }] of counts) {
      console.info(
        `axe ${locale} ${theme} (React ${inject('reactMajor')}): ${stories} stories, ${found} violations`,
      );
    }
  });
}
