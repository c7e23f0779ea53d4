import type { CopyRef } from '@tactful/core';
import { TACTFUL_NS, translate } from '@tactful/i18n';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The kit's copy as plain text in the story's language, for stories that feed a component its words. */
export function useStoryCopy(): (ref: CopyRef | string) => string {
  const { t } = useTranslation(TACTFUL_NS);
  return (ref) => translate(t, typeof ref === 'string' ? { key: ref } : ref);
}

/** The text a copy key renders to in a story's loaded copy, for play functions in any language. */
export function loadedCopy(loaded: Record<string, unknown>): (ref: CopyRef | string) => string {
  const i18n = loaded.i18n as I18n;
  const t = i18n.getFixedT(i18n.language, TACTFUL_NS);
  return (ref) => translate(t, typeof ref === 'string' ? { key: ref } : ref);
}
