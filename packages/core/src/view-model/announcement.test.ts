import { describe, expect, it } from 'vitest';
import { initialIntentState } from '../intent/intent.machine';
import type { IntentState } from '../intent/intent.types';
import { problem } from '../intent/testing/fakes';
import { announcementSentences } from './announcement';
import { deriveViewModel } from './view-model';

const at = (now: number, state: Partial<IntentState>) =>
  deriveViewModel(
    { id: 'i1', idempotencyKey: 'k1', state: { ...initialIntentState(), ...state } as IntentState },
    { now, canManageBilling: true },
  );

describe('announcementSentences', () => {
  it('says the announcement alone when nothing is counting down', () => {
    const failed = at(0, { status: 'failed', attempt: 1, problem: problem('invalid_request') });
    expect(announcementSentences(failed)).toEqual([failed.announcement]);
  });

  it('adds when a wait retries, counted over the whole wait so it reads the same each second', () => {
    const waiting = {
      status: 'waiting',
      problem: problem('rate_limited'),
      retryAt: 10_000,
      waitMs: 5_500,
    } as const;
    const early = announcementSentences(at(4_500, waiting));
    expect(early[1]).toEqual({ key: 'a11y.countdown', values: { count: 6 } });
    expect(announcementSentences(at(9_000, waiting))).toEqual(early);
  });
});
