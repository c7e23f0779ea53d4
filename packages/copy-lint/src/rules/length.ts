import type { LintContext } from '../context';
import { SLOT } from '../copy-syntax';
import { type Finding, finding } from '../findings';
import { BUTTON_IDIOMS, BUTTON_VERBS, keyRole } from '../roles';
import { countWords, isUnspaced, sentences } from '../text-measure';
import { baseLanguage } from '../word-lists';

export const TITLE_WORDS = 8;
export const BUTTON_WORDS = 5;
export const SENTENCE_WORDS = 30;

function budget(words: number, lng: string): number {
  return isUnspaced(lng) ? Math.round(words * 1.5) : words;
}

/** Titles a few words, buttons short and (in English) led by a verb, sentences that can be read at once. */
export function checkLength(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  const english = baseLanguage(ctx.lng) === 'en';
  for (const { key, parsed, position } of ctx.copy.entries.values()) {
    const role = keyRole(key);
    const words = countWords(parsed.literal, ctx.lng);
    if (role === 'title' && words > budget(TITLE_WORDS, ctx.lng)) {
      findings.push(
        finding(
          'title-length',
          `${words} words: a title is a few words (at most ${budget(TITLE_WORDS, ctx.lng)}).`,
          position,
          key,
        ),
      );
    }
    if (role === 'button') {
      if (words > budget(BUTTON_WORDS, ctx.lng)) {
        findings.push(
          finding(
            'button-length',
            `${words} words: a button is a verb and a noun (at most ${budget(BUTTON_WORDS, ctx.lng)}).`,
            position,
            key,
          ),
        );
      }
      if (english) {
        const label = parsed.literal.trim();
        const first = /^[\p{L}'’-]+/u.exec(label)?.[0]?.toLowerCase();
        const idiom = BUTTON_IDIOMS.has(label.toLowerCase().replace(/[.…]+$/u, ''));
        if (!idiom && (label.startsWith(SLOT) || !first || !BUTTON_VERBS.has(first))) {
          const start = label.startsWith(SLOT) ? 'a value' : `"${first ?? label}"`;
          findings.push(
            finding(
              'button-verb',
              `Starts with ${start}: a button starts with the verb it does ("Add funds").`,
              position,
              key,
            ),
          );
        }
      }
    }
    for (const sentence of sentences(parsed.literal)) {
      const count = countWords(sentence, ctx.lng);
      if (count > budget(SENTENCE_WORDS, ctx.lng)) {
        findings.push(
          finding('sentence-length', `A sentence of ${count} words: split it, or say less.`, position, key),
        );
      }
    }
  }
  return findings;
}
