import { describe, expect, it } from 'vitest';
import { parseCopy, SLOT } from './copy-syntax';

describe('parseCopy', () => {
  it('reads placeholders with their formatter, without the options', () => {
    const parsed = parseCopy(
      'As of {{asOf, datetime(dateStyle: medium; timeStyle: short)}}, {{balance, currency}} and {{- name}}',
    );
    expect(parsed.placeholders.map((p) => [p.name, p.format])).toEqual([
      ['asOf', 'datetime'],
      ['balance', 'currency'],
      ['name', ''],
    ]);
    expect(parsed.literal).toBe(`As of ${SLOT}, ${SLOT} and ${SLOT}`);
    expect(parsed.problems).toEqual([]);
  });

  it('reads nesting, its namespace and the placeholders in its options', () => {
    const parsed = parseCopy('Add $t(terms.money) or $t(app:days, {"count": {{count}} })');
    expect(parsed.nestings.map((n) => [n.ns, n.key])).toEqual([
      [undefined, 'terms.money'],
      ['app', 'days'],
    ]);
    expect(parsed.placeholders.map((p) => p.name)).toEqual(['count']);
    expect(parsed.literal).toBe(`Add ${SLOT} or ${SLOT}`);
  });

  it.each([
    ['{count} seconds', /single braces/],
    ['{{count seconds', /not closed/],
    ['count}} seconds', /no "\{\{"/],
    ['{{}} seconds', /no value name/],
    ['{{a b}} seconds', /not a value name/],
    ['Add $t(terms.money', /not closed/],
  ])('finds what i18next would print as it is: %s', (text, problem) => {
    expect(parseCopy(text).problems.join(' ')).toMatch(problem);
  });
});
