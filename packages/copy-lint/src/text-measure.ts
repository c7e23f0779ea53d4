import { SLOT } from './copy-syntax';
import { baseLanguage } from './word-lists';

const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo']);

/** Written without spaces between words: word budgets grow by half, because segmenters split particles. */
export function isUnspaced(lng: string): boolean {
  return UNSPACED.has(baseLanguage(lng));
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Words as Intl.Segmenter counts them for the language; a placeholder or nesting counts as one. */
export function countWords(literal: string, lng: string): number {
  let segmenter = segmenters.get(lng);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lng, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lng, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(literal)) if (segment.isWordLike) words++;
  for (const char of literal) if (char === SLOT) words++;
  return words;
}

/** The sentences of a text, split at full stops, question and exclamation marks of any script. */
export function sentences(literal: string): string[] {
  return literal
    .split(/(?<=[.?!。？！؟।…])\s*/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

export function isRightToLeft(lng: string): boolean {
  try {
    const script = new Intl.Locale(lng).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script);
  } catch {
    return false;
  }
}
