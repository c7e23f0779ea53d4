import { describe, expect, it } from 'vitest';
import { english, lintSample, rulesOf, SPANISH, withKey } from './testing/lint-sample';

const errorsOf = (findings: ReturnType<typeof lintSample>) => findings.filter((f) => f.severity === 'error');

describe('the samples themselves', () => {
  it('English and Spanish samples are clean, so each test below isolates one rule', () => {
    expect(lintSample(english())).toEqual([]);
    expect(lintSample(SPANISH, 'es')).toEqual([]);
  });
});

describe('structure', () => {
  it('json-syntax: reports the first problem at file:line:column', () => {
    const findings = lintSample('{\n  "kinds": {\n    "x": "a",\n  }\n}');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'json-syntax', line: 3, column: 13, severity: 'error' });
    expect(findings[0]?.message).toMatch(/trailing comma/);
    expect(lintSample('["not", "an", "object"]')[0]).toMatchObject({
      rule: 'json-syntax',
      line: 1,
      column: 1,
    });
  });

  it('duplicate-key: the second one, where it is', () => {
    const text = JSON.stringify(english(), null, 2).replace(
      '"balance": "balance"',
      '"balance": "balance",\n    "balance": "again"',
    );
    const [duplicate] = lintSample(text).filter((f) => f.rule === 'duplicate-key');
    expect(duplicate).toMatchObject({ key: 'terms.balance', line: 5 });
  });

  it('not-text and empty-text: numbers, lists, null and blanks are not copy', () => {
    expect(rulesOf(lintSample(withKey(english(), 'kinds.x.title', 3)))).toEqual(['not-text']);
    expect(rulesOf(lintSample(withKey(english(), 'kinds.x.title', ['a'])))).toEqual(['not-text']);
    expect(rulesOf(lintSample(withKey(english(), 'kinds.x.title', null)))).toEqual(['not-text']);
    expect(rulesOf(lintSample(withKey(english(), 'kinds.x.title', '  ')))).toEqual(['empty-text']);
  });
});

describe('keys', () => {
  it('missing-key: every English key, unless the file holds overrides', () => {
    const copy = withKey(SPANISH, 'kinds.x.next', undefined);
    expect(lintSample(copy, 'es').map((f) => [f.rule, f.key])).toEqual([['missing-key', 'kinds.x.next']]);
    expect(lintSample(copy, 'es', 'overrides')).toEqual([]);
  });

  it('unknown-key: an error in a locale, a warning for a likely typo in overrides, silence for an app key', () => {
    const typo = withKey(SPANISH, 'kinds.x.titel', 'Hola');
    const [error] = lintSample(typo, 'es');
    expect(error).toMatchObject({ rule: 'unknown-key', severity: 'error', key: 'kinds.x.titel' });
    expect(error?.message).toContain('kinds.x.title');
    expect(lintSample({ kinds: { x: { titel: 'Hola' } } }, 'es', 'overrides')).toMatchObject([
      { rule: 'unknown-key', severity: 'warning' },
    ]);
    expect(lintSample({ intents: { summarize: 'resumir los contratos' } }, 'es', 'overrides')).toEqual([]);
  });

  it('plural-missing: each CLDR category of the language', () => {
    const findings = lintSample(withKey(SPANISH, 'waiting.countdown_many', undefined), 'es');
    expect(findings.map((f) => [f.rule, f.key])).toEqual([['plural-missing', 'waiting.countdown_many']]);
    const arabic = lintSample(english(), 'ar').filter((f) => f.rule === 'plural-missing');
    expect(arabic.map((f) => f.key).sort()).toEqual(
      ['few', 'many', 'two', 'zero'].map((c) => `waiting.countdown_${c}`).sort(),
    );
  });

  it('plural-missing in overrides: an error for the app’s own group, a warning for a Tactful group half-changed', () => {
    const own = lintSample({ files_one: 'One file', files_few: '{{count}} files' }, 'en', 'overrides');
    expect(own.filter((f) => f.rule === 'plural-missing')).toMatchObject([
      { key: 'files_other', severity: 'error' },
    ]);
    const partial = lintSample(
      { waiting: { countdown_other: 'Back in {{count}} seconds.' } },
      'en',
      'overrides',
    );
    expect(partial).toMatchObject([
      { rule: 'plural-missing', key: 'waiting.countdown_one', severity: 'warning' },
    ]);
  });

  it('plural-extra: a form the language never uses; the optional zero form is fine', () => {
    const extra = withKey(english(), 'waiting.countdown_few', 'Trying again in {{count}} seconds.');
    expect(lintSample(extra)).toMatchObject([
      { rule: 'plural-extra', severity: 'warning', key: 'waiting.countdown_few' },
    ]);
    expect(lintSample(withKey(english(), 'waiting.countdown_zero', 'Trying again now.'))).toEqual([]);
  });
});

describe('placeholders', () => {
  const spanishWith = (key: string, value: string) => lintSample(withKey(SPANISH, key, value), 'es');

  it('placeholder-syntax: single braces, unclosed braces and nesting, ICU syntax', () => {
    expect(rulesOf(spanishWith('kinds.x.cause_intent', 'No pudimos terminar de {intent}.'))).toContain(
      'placeholder-syntax',
    );
    expect(rulesOf(spanishWith('kinds.x.cause_intent', 'No pudimos terminar de {{intent.'))).toContain(
      'placeholder-syntax',
    );
    expect(rulesOf(spanishWith('kinds.x.next', 'Añade $t(terms.money y seguiremos.'))).toContain(
      'placeholder-syntax',
    );
    const icu = spanishWith(
      'waiting.countdown_other',
      'En {count, plural, one {# segundo} other {# segundos}}.',
    );
    expect(
      icu
        .filter((f) => f.rule === 'placeholder-syntax')
        .map((f) => f.message)
        .join(' '),
    ).toMatch(/ICU/);
  });

  it('placeholder-missing: every value of the English text is kept', () => {
    const findings = spanishWith('kinds.x.cause_intent', 'No pudimos terminar porque el saldo se agotó.');
    expect(findings).toMatchObject([{ rule: 'placeholder-missing', key: 'kinds.x.cause_intent' }]);
    expect(findings[0]?.message).toContain('{{intent}}');
  });

  it('placeholder-unknown: no value English does not have', () => {
    const findings = spanishWith('kinds.x.cause_intent', 'No pudimos terminar de {{intent}} en {{product}}.');
    expect(findings).toMatchObject([{ rule: 'placeholder-unknown' }]);
  });

  it('placeholder-format: money keeps its currency formatter; count may add number', () => {
    expect(rulesOf(spanishWith('amounts.balance', 'Quedan {{balance}} en la cuenta.'))).toEqual([
      'placeholder-format',
    ]);
    expect(rulesOf(spanishWith('balance.as_of', 'Actualizado el {{asOf}}'))).toEqual(['placeholder-format']);
    expect(
      spanishWith('waiting.countdown_other', 'Volveremos a intentarlo en {{count, number}} segundos.'),
    ).toEqual([]);
    const typo = spanishWith('amounts.balance', 'Quedan {{balance, curency}} en la cuenta.');
    expect(typo.map((f) => [f.rule, f.severity])).toContainEqual(['placeholder-format', 'warning']);
  });

  it('plural-count: a form that covers several numbers shows {{count}}; a single-number form may spell it out', () => {
    expect(lintSample(withKey(english(), 'waiting.countdown_one', 'Trying again in a second.'))).toEqual([]);
    const french = {
      ...SPANISH,
      waiting: {
        countdown_one: 'Nouvel essai dans une seconde.',
        countdown_many: 'Nouvel essai dans {{count}} de secondes.',
        countdown_other: 'Nouvel essai dans {{count}} secondes.',
      },
    };
    const findings = lintSample(french, 'fr').filter((f) => f.rule === 'plural-count');
    expect(findings.map((f) => f.key)).toEqual(['waiting.countdown_one']);
    const arabicTwo = lintSample(
      withKey(
        withKey(
          withKey(
            withKey(english(), 'waiting.countdown_two', 'بعد ثانيتين.'),
            'waiting.countdown_zero',
            'الآن.',
          ),
          'waiting.countdown_few',
          'بعد {{count}} ثوانٍ.',
        ),
        'waiting.countdown_many',
        'بعد ثانية.',
      ),
      'ar',
    ).filter((f) => f.rule === 'plural-count');
    expect(arabicTwo.map((f) => f.key)).toEqual(['waiting.countdown_many']);
  });
});

describe('nesting', () => {
  it('nesting-unresolved: $t() names a key that exists', () => {
    const findings = lintSample(withKey(english(), 'actions.add_funds', 'Add $t(terms.mony)'));
    expect(findings).toMatchObject([{ rule: 'nesting-unresolved', key: 'actions.add_funds' }]);
    expect(findings[0]?.message).toContain('terms.money');
  });

  it('nesting-cycle: a key that nests itself', () => {
    const copy = withKey(
      withKey(english(), 'terms.money', 'more $t(terms.balance)'),
      'terms.balance',
      'the $t(terms.money)',
    );
    const cycle = lintSample(copy).filter((f) => f.rule === 'nesting-cycle');
    expect(cycle.map((f) => f.key).sort()).toEqual(['terms.balance', 'terms.money']);
  });

  it('nesting-dropped: a translation that writes the term out loses the app’s word for it', () => {
    const findings = lintSample(withKey(SPANISH, 'actions.add_funds', 'Añadir fondos'), 'es');
    expect(findings).toMatchObject([{ rule: 'nesting-dropped', severity: 'warning' }]);
    expect(lintSample({ actions: { add_funds: 'Add credits' } }, 'en', 'overrides')).toEqual([]);
  });
});

describe('voice', () => {
  it.each([
    ['en', 'Payment error.'],
    ['en', 'The card is invalid.'],
    ['en', 'We failed to charge the card.'],
    ['en', 'Oops, that was fatal.'],
    ['es', 'Se produjo un error al cobrar.'],
    ['es', 'La tarjeta es inválida.'],
    ['de', 'Eine Fehlermeldung ist aufgetreten.'],
    ['fr', 'Une erreur est survenue.'],
    ['ar', 'حدث خطأٌ أثناء الدفع.'],
    ['ar', 'فشلت عملية الدفع.'],
    ['he', 'אירעה שגיאה בתשלום.'],
    ['ja', '支払いエラーが発生しました。'],
    ['zh', '付款失败。'],
    ['ko', '결제 오류가 발생했습니다.'],
    ['hi', 'भुगतान में त्रुटि हुई।'],
    ['tr', 'Ödeme başarısız oldu.'],
    ['pl', 'Wystąpił błąd płatności.'],
  ])('banned-word in %s: "%s"', (lng, text) => {
    const findings = lintSample({ note: text }, lng, 'overrides');
    expect(errorsOf(findings).map((f) => f.rule)).toContain('banned-word');
  });

  it.each([
    ['en', 'The mirror shows a terror of errands.'],
    ['es', 'La tarjeta es válida hasta enero.'],
    ['ar', 'البطاقة صالحة حتى يناير.'],
    ['ja', '残高が不足しています。'],
  ])('no banned-word in %s: "%s"', (lng, text) => {
    expect(lintSample({ note: text }, lng, 'overrides')).toEqual([]);
  });

  it.each([
    ['en', 'Sorry, the balance ran out.'],
    ['en', 'Please add funds.'],
    ['es', 'Por favor, añade fondos.'],
    ['ar', 'من فضلك أضف رصيدًا.'],
    ['ja', '申し訳ありません。'],
  ])('soft-word in %s: "%s" is a warning', (lng, text) => {
    const findings = lintSample({ note: text }, lng, 'overrides');
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['soft-word', 'warning']]);
  });

  it.each(['Funds added!', '¡Listo!', '完了！'])('exclamation: "%s"', (text) => {
    expect(rulesOf(lintSample({ note: text }, 'en', 'overrides'))).toContain('exclamation');
  });

  it.each([
    ['insufficient_quota', 'The request hit insufficient_quota.'],
    ['402', 'The service answered 402.'],
    ['TypeError', 'TypeError: cannot read balance'],
    ['at', 'at charge (billing.js:10:4)'],
  ])('raw-code: %s', (_what, text) => {
    expect(rulesOf(lintSample({ note: text }, 'en', 'overrides'))).toContain('raw-code');
  });

  it('raw-code ignores placeholders and nested keys, which hold underscores by design', () => {
    expect(
      lintSample({ note: 'Add $t(terms.money) to {{intent_label}} in 4 days.' }, 'en', 'overrides'),
    ).toEqual([]);
  });
});

describe('length and shape', () => {
  it('title-length: a few words', () => {
    const long = withKey(
      english(),
      'kinds.x.title',
      'Your balance on this account has run out and needs a top up',
    );
    expect(lintSample(long)).toMatchObject([{ rule: 'title-length', key: 'kinds.x.title' }]);
  });

  it('button-length and button-verb', () => {
    expect(
      rulesOf(lintSample(withKey(english(), 'actions.not_now', 'Go back to the page you were on before'))),
    ).toEqual(['button-length']);
    expect(lintSample(withKey(english(), 'actions.not_now', 'Funds later'))).toMatchObject([
      { rule: 'button-verb', severity: 'warning' },
    ]);
    expect(lintSample(withKey(english(), 'actions.not_now', '{{intent}} later'))[0]?.message).toContain(
      'a value',
    );
    expect(lintSample(withKey(english(), 'actions.not_now', 'Maybe later'))).toEqual([]);
  });

  it('button-verb is English only; button-length applies to every language', () => {
    expect(lintSample(withKey(SPANISH, 'actions.not_now', 'Más tarde'), 'es')).toEqual([]);
    const long = lintSample(
      withKey(SPANISH, 'actions.not_now', 'Volver a la página en la que estabas antes'),
      'es',
    );
    expect(rulesOf(long)).toEqual(['button-length']);
  });

  it('sentence-length: a warning past thirty words', () => {
    const sentence = `${Array.from({ length: 31 }, () => 'word').join(' ')}.`;
    expect(lintSample({ note: sentence }, 'en', 'overrides')).toMatchObject([
      { rule: 'sentence-length', severity: 'warning' },
    ]);
    expect(lintSample({ note: `${sentence.slice(0, 100)}. Short one.` }, 'en', 'overrides')).toEqual([]);
  });
});

describe('right to left', () => {
  it('rtl-isolation: values in Arabic and Hebrew sit between U+2068 and U+2069', () => {
    expect(lintSample({ note: 'المتبقي {{balance, currency}}.' }, 'ar', 'overrides')).toMatchObject([
      { rule: 'rtl-isolation' },
    ]);
    expect(lintSample({ note: 'المتبقي \u2068{{balance, currency}}\u2069.' }, 'ar', 'overrides')).toEqual([]);
    expect(lintSample({ note: 'נשארו {{balance, currency}}.' }, 'he', 'overrides')).toMatchObject([
      { rule: 'rtl-isolation' },
    ]);
    expect(lintSample({ note: 'Quedan {{balance, currency}}.' }, 'es', 'overrides')).toEqual([]);
  });
});

describe('untranslated', () => {
  it('a copy of the English text is a warning; a lone value is not', () => {
    const copied = withKey(
      SPANISH,
      'kinds.x.next',
      "Add $t(terms.money) and we'll pick up where you left off.",
    );
    expect(lintSample(copied, 'es')).toMatchObject([{ rule: 'untranslated', severity: 'warning' }]);
    expect(lintSample(withKey(english(), 'note', '{{amount}}'), 'en', 'overrides')).toEqual([]);
  });
});

it('raw-code leaves numbers that are part of amounts, times and dates alone', () => {
  for (const text of ['It costs 1.402 or 4,500 in all.', 'At 10:45 on 25/402.', 'Version 1402 ships.']) {
    expect(lintSample({ note: text }, 'en', 'overrides'), text).toEqual([]);
  }
});
