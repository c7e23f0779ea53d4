/** The one i18next namespace that holds Tactful's copy. */
export const TACTFUL_NS = 'tactful';

/** The language every other one falls back to, key by key. */
export const SOURCE_LANGUAGE = 'en';
