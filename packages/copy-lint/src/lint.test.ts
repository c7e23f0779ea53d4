import fc from 'fast-check';
import { expect, it } from 'vitest';
import { lintLocale } from './lint';
import { SAMPLE_REFERENCE } from './testing/lint-sample';

const languages = fc.constantFrom('en', 'es', 'ar', 'he', 'ja', 'zh-CN', 'pl', 'fr', 'xx', 'en-XA');
const copy = fc.dictionary(
  fc.constantFrom('terms', 'kinds', 'actions', 'waiting', 'note_one', 'x_few', '__proto__', 'a.b', ''),
  fc.oneof(
    fc.string(),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
  ),
);

it('never throws, and every finding points inside the file', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        copy.map((value) => JSON.stringify(value, null, 2)),
      ),
      languages,
      fc.boolean(),
      (text, lng, overrides) => {
        const report = lintLocale(
          { file: 'x', text, lng },
          { reference: SAMPLE_REFERENCE, mode: overrides ? 'overrides' : 'complete' },
        );
        const lines = text.split('\n').length;
        for (const item of report.findings) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lines);
          expect(item.column).toBeGreaterThanOrEqual(1);
        }
      },
    ),
    { numRuns: 500 },
  );
});
