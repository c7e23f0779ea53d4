// How fast could any classifier that reads the words be, on this machine, over the fixture set?
//   pnpm bench:classify:floor
// It times a skeleton that does only the work no classifier by meaning can skip, and nothing else:
// parse a JSON text body, pick out the message, code and type of the error (one level of nesting),
// lower-case them, scan them once with the real clue-word pattern (every clue word, provider name and
// wait word `classify` looks for), read `retry-after`, and return a problem-shaped object. It has no
// rules, no providers, no SDK shapes, no amounts, no retry formats and no bounds against hostile input,
// so its answers are not classifications: it is a ceiling on throughput, measured beside `classify`.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
// The built package (its exports map's default), as `pnpm bench:classify` times it; the word lists come from the sources.
import { classify } from '@tactful/core';
import { clueScanner } from '../packages/core/src/classify/classifier';
import { indexMeanings } from '../packages/core/src/classify/messages';

const fixtureDir = new URL('../test/fixtures/provider-errors/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')))
  .map(({ status, headers, body }) => ({ status, headers, body }));

// The pattern `classify` itself scans with: every clue word, provider name and wait word.
const clues = clueScanner(indexMeanings().keys());
const clueCount = clues.source.split('|').length;

type Loose = Record<string, unknown>;
const asObject = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' ? (value as Loose) : undefined;
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

function skeleton(input: { status?: number; headers?: unknown; body?: unknown }) {
  let body = input.body;
  if (typeof body === 'string') {
    const start = body.trimStart()[0];
    if (start === '{' || start === '[') {
      try {
        body = JSON.parse(body);
      } catch {
        // plain text: scanned as it is
      }
    }
  }
  const outer = asObject(body);
  const inner = asObject(outer?.error) ?? outer;
  const text =
    typeof body === 'string'
      ? body.slice(0, 2048)
      : `${textOf(inner?.message)} ${textOf(inner?.code)} ${textOf(inner?.type)} ${textOf(outer?.error)}`;
  const found = text.toLowerCase().match(clues);
  const retryAfter = asObject(input.headers)?.['retry-after'];
  return {
    kind: found?.[0] ?? 'unknown',
    status: input.status,
    retryAfterMs: typeof retryAfter === 'string' ? Number(retryAfter) * 1000 : undefined,
    cause: input,
  };
}

/** Per second by this process's CPU time, median of 7 rounds after warm-up. */
function perSecond(run: (input: (typeof fixtures)[number]) => { kind: string }, passes = 1_000): number {
  let sink = 0;
  for (let i = 0; i < 500; i++) for (const input of fixtures) sink += run(input).kind.length;
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < passes; i++) for (const input of fixtures) sink += run(input).kind.length;
    const used = process.cpuUsage(start);
    rounds.push((passes * fixtures.length * 1e6) / (used.user + used.system));
  }
  if (sink === 0) throw new Error('unreachable: keeps the work from being optimised away');
  return rounds.sort((a, b) => a - b)[3] as number;
}

const format = (n: number) => Math.round(n).toLocaleString('en');
const began = performance.now();
const floor = perSecond(skeleton);
const real = perSecond(classify);
console.log(
  `${fixtures.length} fixtures, ${clueCount} clue words, one core, by CPU time (median of 7 rounds):`,
);
console.log(
  `  skeleton (parse, pick, lower-case, one scan): ${format(floor)}/s (${(1e9 / floor).toFixed(0)} ns each)`,
);
console.log(
  `  classify (every rule, provider and format):   ${format(real)}/s (${(1e9 / real).toFixed(0)} ns each)`,
);
console.log(`  classify takes ${(floor / real).toFixed(1)}× the skeleton's time; target 1,000,000/s`);
console.log(`  (${((performance.now() - began) / 1000).toFixed(1)} s)`);
