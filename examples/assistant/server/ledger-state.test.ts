import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntryType, LedgerState } from './ledger.types';
import {
  type EntryDraft,
  findDoubleCharges,
  openLedger,
  outcomeKey,
  parseLedgerState,
  postEntry,
  rememberOutcome,
} from './ledger-state';

const entryDraft = fc.record({
  type: fc.constantFrom<LedgerEntryType>('charge', 'recharge', 'adjustment'),
  amountMinor: fc.integer({ min: -10_000, max: 10_000 }),
  idempotencyKey: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
  description: fc.string({ maxLength: 20 }),
  now: fc.integer({ min: 0, max: 2 ** 42 }),
});

function build(opening: number, drafts: readonly EntryDraft[] = []): LedgerState {
  return drafts.reduce((state, draft) => postEntry(state, draft).state, openLedger('USD', opening, 1));
}

describe('ledger state', () => {
  it('always adds its entries up to its balance, and reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(entryDraft, { maxLength: 30 }),
        (opening, drafts) => {
          const state = build(opening, drafts);
          expect(state.entries.reduce((sum, entry) => sum + entry.amountMinor, 0)).toBe(state.balanceMinor);
          expect(new Set(state.entries.map((entry) => entry.id)).size).toBe(state.entries.length);
          const reread = parseLedgerState(JSON.parse(JSON.stringify(state)));
          expect(reread).toEqual({ ok: true, state });
        },
      ),
    );
  });

  it('finds every pair of same-type entries that share a key, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(entryDraft, { maxLength: 30 }), (drafts) => {
        const state = build(0, drafts);
        const doubles = findDoubleCharges(state.entries);
        const counts = new Map<string, number>();
        for (const entry of state.entries) {
          if (entry.idempotencyKey === null) continue;
          const group = `${entry.type}/${entry.idempotencyKey}`;
          counts.set(group, (counts.get(group) ?? 0) + 1);
        }
        const expected = [...counts].filter(([, count]) => count > 1).map(([group]) => group);
        expect(doubles.map((double) => `${double.type}/${double.idempotencyKey}`).sort()).toEqual(
          expected.sort(),
        );
        for (const double of doubles)
          expect(double.entryIds.length).toBe(counts.get(`${double.type}/${double.idempotencyKey}`));
      }),
    );
  });

  it('does not treat a charge and a recharge with the same key as a double charge', () => {
    const state = build(0, [
      { type: 'charge', amountMinor: -1, idempotencyKey: 'k', description: '', now: 2 },
      { type: 'recharge', amountMinor: 5, idempotencyKey: 'k', description: '', now: 3 },
    ]);
    expect(findDoubleCharges(state.entries)).toEqual([]);
  });

  it('does not find an outcome through an inherited key', () => {
    const state = rememberOutcome(openLedger('USD', 0, 1), outcomeKey('task', 'x'), {
      fingerprint: 'f',
      status: 200,
      body: {},
      entryId: 'ent_000001',
    });
    expect(Object.hasOwn(state.outcomes, 'task:x')).toBe(true);
    expect(Object.hasOwn(state.outcomes, '__proto__')).toBe(false);
  });

  it.each([
    ['a list', [], /not a JSON object/],
    ['no version', { currency: 'USD' }, /schemaVersion is missing/],
    ['a bad currency', { ...openLedger('USD', 0, 1), currency: 'dollars' }, /currency/],
    ['a fractional balance', { ...openLedger('USD', 0, 1), balanceMinor: 0.5 }, /balanceMinor/],
    ['a broken entry', { ...openLedger('USD', 0, 1), entries: [{ id: 'x' }] }, /entries/],
    [
      'a broken outcome',
      { ...openLedger('USD', 0, 1), outcomes: { 'task:a': { status: 'ok' } } },
      /outcomes/,
    ],
    ['a missing timestamp', { ...openLedger('USD', 0, 1), updatedAt: 'yesterday' }, /updatedAt/],
  ])('refuses %s', (_label, value, reason) => {
    const parsed = parseLedgerState(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('refuses entries whose running balance was edited', () => {
    const state = build(100, [
      { type: 'charge', amountMinor: -25, idempotencyKey: 'a', description: '', now: 2 },
    ]);
    const [opening, charge] = state.entries;
    if (!opening || !charge) throw new Error('expected two entries');
    const edited = { ...state, entries: [opening, { ...charge, balanceAfterMinor: 80 }] };
    expect(parseLedgerState(edited)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ent_000002/),
    });
  });
});
