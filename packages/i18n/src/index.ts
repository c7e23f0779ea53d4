export type { CopyRef, CopyValue, TranslateFunction, TranslateOptions } from './copy-ref.types';
export type { TactfulI18nOptions, TactfulResourceSource } from './create';
export { createTactfulI18n, loadTactfulLanguages } from './create';
export { dir } from './direction';
export { matchShippedLanguage, PSEUDO_LOCALE, SHIPPED_LANGUAGES } from './languages';
export { SOURCE_LANGUAGE, TACTFUL_NS } from './namespace';
export { pseudoLocalize, pseudoLocalizeResource } from './pseudo';
export type { TactfulResource } from './resource';
export { translate } from './translate';
