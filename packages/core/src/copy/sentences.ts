/** Languages whose sentences follow each other with no space: Chinese and Japanese. */
const UNSPACED = /^(zh|ja)\b/i;

/** Whole sentences as one text, joined the way the language writes them. */
export function joinSentences(sentences: readonly string[], language: string): string {
  return sentences.filter(Boolean).join(UNSPACED.test(language) ? '' : ' ');
}
