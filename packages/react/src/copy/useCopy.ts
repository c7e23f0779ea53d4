import type { CopyRef } from '@tactful/core';
import { dir, TACTFUL_NS, translate } from '@tactful/i18n';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface Copy {
  /** A copy reference as plain text for a text node or an attribute; never HTML. */
  readonly tr: (ref: CopyRef) => string;
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
}

/** Every word a component shows goes through here: the `tactful` namespace of the provider's i18next. */
export function useCopy(): Copy {
  const { t, i18n } = useTranslation(TACTFUL_NS);
  const tr = useCallback((ref: CopyRef) => translate(t, ref), [t]);
  const language = i18n?.language ?? 'en';
  return { tr, language, direction: dir(language) };
}
