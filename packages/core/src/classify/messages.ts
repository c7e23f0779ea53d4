import type { ProblemKind } from '../problem/kinds';
import type { Gathered } from './facts';

/**
 * A clue to a meaning: a word (or phrase) found at the start of a word in the text, optionally
 * refined by a pattern tried on the whole text only once the word was seen. One scan finds every
 * clue word at once, which keeps classification fast; no clue word may begin another (a test checks).
 */
export type Clue = string | readonly [word: string, pattern: RegExp];

const PERIOD =
  /(quota|limit).{0,80}(daily|monthly|per[ -]?(day|month)|\/ ?(day|month)\b)|(daily|monthly) (\w+ ){0,3}(quota|limit)|(exceeded|reached|used up|used all) (your |the )?(daily|monthly)/;
const BAD_CREDENTIALS =
  /(invalid|incorrect|wrong|bad|expired|revoked|missing|no) (api[ _-]?)?(key|token|credentials?|auth|signature)\b|(key|token|credentials?|grant)\b.{0,30}(invalid|incorrect|not valid|expired|revoked|deactivated)|authenticat\w* (fail|required|invalid|error)/;
const REGION_BLOCK =
  /(country|region|territory|location).{0,20}not (supported|available)|unsupported (country|region|location)|(unavailable|not available|not supported) in your (country|region|territory|location)/;

/**
 * What failures mean, read from their words — messages and codes alike ("insufficient_quota" reads
 * "insufficient quota") — by meaning rather than by any one provider's wording. In priority order:
 * the first meaning with a matching clue decides. The order carries the traps:
 * - a card's "insufficient funds" is the payer's card, so card clues come before balance clues;
 * - a cap someone set ("key with a higher limit", "specified usage limits") comes before "more credits";
 * - a per-day or per-month limit is a quota even when worded as a rate limit ("requests per day");
 * - rate-limit words come before quota words, since rate-limit messages link quota pages;
 * - billing words come before the permission they are often filed under (403 PERMISSION_DENIED);
 * - "does not exist (or you don't have permission)" is a missing thing before it is a permission.
 * A quota that the provider says resets within the hour becomes a rate limit afterwards.
 */
export const MEANINGS: readonly (readonly [ProblemKind, ...Clue[]])[] = [
  [
    'payment_method_failed',
    ['card', /card\b.{0,40}(declin|expir|insufficient|incorrect)|(declined|expired|invalid) card/],
    ['payment', /payment (method )?(was )?(declined|failed)/],
  ],
  [
    'spending_limit_reached',
    ['spend', /spend(ing)? (limit|cap)/],
    'hard limit',
    ['budget', /budget (has been )?(exceeded|reached)|exceeded (your |the )?budget/],
    ['usage', /(specified|configured|custom|monthly) (api )?usage limit/],
    ['key', /key (with a higher |credit )?limit/],
  ],
  [
    'insufficient_funds',
    ['insufficient', /insufficient (account )?(balance|funds|credits?|quota)/],
    [
      'credit',
      /credit balance|\b(no|not enough|more|out of|zero) (\w+ )?credits?\b|credits? (are |have been |has been )?(depleted|exhausted|used up|run out)|(enough|sufficient) credit|(n't|not) have any credit/,
    ],
    ['balance', /balance (is )?(too low|empty|exhausted|depleted|insufficient)|(enough|sufficient) balance/],
    ['funds', /(enough|sufficient) funds/],
    'only afford',
    ['payment', /payment required/],
  ],
  ['quota_exhausted', ['daily', PERIOD], ['day', PERIOD], ['month', PERIOD]],
  [
    'rate_limited',
    ['rate', /rate.?limit/],
    'too many',
    'throttl',
    'slow down',
    ['resource', /resource exhausted/],
  ],
  [
    'quota_exhausted',
    [
      'quota',
      /quota.{0,20}(exceeded|exhausted|reached|used up)|(exceed|exceeds|exceeded|reached|exhausted|over) (\w+ ){0,2}quota/,
    ],
    'exhausted your',
    ['usage', /out of (\w+ )?usage/],
  ],
  [
    'billing_inactive',
    [
      'billing',
      /billing.{0,30}(not active|inactive|disabled|not enabled|required|not (set ?up|found|configured)|suspended|details|information|error)|(enable|set ?up|activate) (\w+ ){0,2}billing|billing (must|needs to) be/,
    ],
    ['payment', /payment (method|instrument)/],
    'overdue',
    'unpaid',
  ],
  [
    'overloaded',
    'overload',
    [
      'capacity',
      /(no|insufficient|out of|at|over|limited) capacity|capacity (is )?(available|exhausted|reached|constraint|unavailable)/,
    ],
    'high demand',
    'server is busy',
  ],
  ['timeout', ['time', /time[ -]?out|timed out/], ['deadline', /deadline (expired|exceeded)/]],
  [
    'auth_invalid',
    ['key', BAD_CREDENTIALS],
    ['token', BAD_CREDENTIALS],
    ['credential', BAD_CREDENTIALS],
    ['auth', BAD_CREDENTIALS],
    ['signature', BAD_CREDENTIALS],
    ['grant', BAD_CREDENTIALS],
    'unauthori',
    'unauthenticated',
    'unrecognized client',
  ],
  ['not_found', ['exist', /(does not|doesn't|do not) exist/], 'not found', 'no such'],
  [
    'permission_denied',
    'permission',
    'forbidden',
    'not allowed',
    'not permitted',
    ['access', /access (is )?denied/],
    ['auth', /not authori[sz]ed/],
    'restricted',
    'suspended',
    'banned',
    'blocked',
    'disabled',
    'violation',
    'not configured',
    ['support', REGION_BLOCK],
    ['availab', REGION_BLOCK],
    ['unsupported', REGION_BLOCK],
    ['unavailable', REGION_BLOCK],
  ],
  [
    'outage',
    ['internal', /internal( server)? error/],
    'bad gateway',
    'unavailable',
    'server error',
    'backend error',
    'maintenance',
  ],
];

/**
 * Clue word → the meanings it can point to: pairs of a priority (the index in MEANINGS) and the
 * pattern that confirms it (undefined when the word alone is enough).
 */
export type MeaningIndex = ReadonlyMap<string, readonly (number | RegExp | undefined)[]>;

export function indexMeanings(): MeaningIndex {
  const index = new Map<string, (number | RegExp | undefined)[]>();
  MEANINGS.forEach((meaning, priority) => {
    for (const clue of meaning.slice(1) as Clue[]) {
      const [word, pattern] = typeof clue === 'string' ? [clue] : clue;
      const entries = index.get(word) ?? [];
      entries.push(priority, pattern);
      index.set(word, entries);
    }
  });
  return index;
}

/**
 * The meaning of the highest-priority clue found. Only the clues whose words the scan found are
 * looked at, and a pattern runs only when its meaning would beat the best so far.
 */
export function byMeaning({ words, text }: Gathered, index: MeaningIndex): ProblemKind | undefined {
  let best = MEANINGS.length;
  for (let w = 0; w < words.length; w++) {
    const entries = index.get(words[w] as string);
    if (!entries) continue;
    for (let e = 0; e < entries.length; e += 2) {
      const priority = entries[e] as number;
      const pattern = entries[e + 1] as RegExp | undefined;
      if (priority < best && (!pattern || pattern.test(text))) best = priority;
    }
  }
  return MEANINGS[best]?.[0];
}
