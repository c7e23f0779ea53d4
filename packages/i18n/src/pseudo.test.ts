import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoLocalizeResource } from './pseudo';

describe('pseudoLocalize', () => {
  it('accents every ASCII letter and brackets the text', () => {
    const out = pseudoLocalize('Add funds');
    expect(out.startsWith('[Åðð ƒûñðš')).toBe(true);
    expect(out.endsWith(']')).toBe(true);
    expect(out).not.toMatch(/[A-Za-z]/);
  });

  it('keeps placeholders and nesting exactly as i18next needs them', () => {
    const source =
      'The account has {{balance, currency}} left. Add $t(terms.money, {"count": 2}) to {{intent}}.';
    const out = pseudoLocalize(source);
    expect(out).toContain('{{balance, currency}}');
    expect(out).toContain('$t(terms.money, {"count": 2})');
    expect(out).toContain('{{intent}}');
  });

  it('is about a third longer than what it translates', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 20, maxLength: 200 }), (text) => {
        const clean = text.replace(/[{}$]/g, 'x');
        const ratio = pseudoLocalize(clean).length / clean.length;
        expect(ratio).toBeGreaterThanOrEqual(1.34);
        expect(ratio).toBeLessThan(1.42);
      }),
    );
  });

  it('brackets each key but only accents the terms nested into sentences', () => {
    const out = pseudoLocalizeResource({
      terms: { money: 'funds' },
      actions: { add_funds: 'Add $t(terms.money)' },
    });
    expect(out).toEqual({
      terms: { money: 'ƒûñðš' },
      actions: { add_funds: expect.stringMatching(/^\[Åðð \$t\(terms\.money\)/) },
    });
  });
});
