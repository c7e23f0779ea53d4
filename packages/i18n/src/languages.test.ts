import { describe, expect, it } from 'vitest';
import { languageChain, matchShippedLanguage } from './languages';

const SHIPPED = ['en', 'es', 'fr', 'pt-BR', 'zh-CN', 'he', 'ar'];

describe('matchShippedLanguage', () => {
  it('takes the exact tag, in any case', () => {
    expect(matchShippedLanguage('pt-br', SHIPPED)).toBe('pt-BR');
    expect(matchShippedLanguage('es', SHIPPED)).toBe('es');
  });

  it('serves a region from its language and script', () => {
    expect(matchShippedLanguage('es-MX', SHIPPED)).toBe('es');
    expect(matchShippedLanguage('fr-CA', SHIPPED)).toBe('fr');
    expect(matchShippedLanguage('pt-PT', SHIPPED)).toBe('pt-BR');
    expect(matchShippedLanguage('pt', SHIPPED)).toBe('pt-BR');
    expect(matchShippedLanguage('zh', SHIPPED)).toBe('zh-CN');
    expect(matchShippedLanguage('zh-Hans-SG', SHIPPED)).toBe('zh-CN');
    expect(matchShippedLanguage('iw', SHIPPED)).toBe('he');
  });

  it('does not serve another script, and gives up on what it cannot read', () => {
    expect(matchShippedLanguage('zh-TW', SHIPPED)).toBeUndefined();
    expect(matchShippedLanguage('sr-Latn', ['sr-Cyrl'])).toBeUndefined();
    expect(matchShippedLanguage('sv', SHIPPED)).toBeUndefined();
    expect(matchShippedLanguage('%%', SHIPPED)).toBeUndefined();
  });

  it('prefers the plain language over a sibling region when both ship', () => {
    expect(matchShippedLanguage('es-AR', ['es-MX', 'es'])).toBe('es');
    expect(matchShippedLanguage('es-AR', ['es-MX', 'es-ES'])).toBeUndefined();
  });
});

it('languageChain goes from the most general tag to the most specific', () => {
  expect(languageChain('zh-Hant-TW')).toEqual(['zh', 'zh-Hant', 'zh-Hant-TW']);
  expect(languageChain('es')).toEqual(['es']);
});
