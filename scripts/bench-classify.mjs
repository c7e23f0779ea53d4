#!/usr/bin/env node
// Classification speed of the built `@tactful/core`, on one core (this process, no workers):
//   pnpm bench:classify
// 1. classifications per second over the provider-error fixtures (each as a response-like object);
// 2. the time of the worst single inputs: huge, deep, wide, cyclic and hostile values.
// Targets: at least 1 000 000 classifications per second; no single input over 50 ms.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { classify } from '@tactful/core';

const TARGET_PER_SECOND = 1_000_000;
const TARGET_WORST_MS = 50;

const fixtureDir = new URL('../test/fixtures/provider-errors/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')))
  .map(({ status, headers, body }) => ({ status, headers, body }));

/** CPU time of this process in ms: what one core spent, whatever else the machine is running. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Classifications per second over the whole fixture set, per round after warm-up, by wall clock and
 * by this process's CPU time (the same on an idle machine; on a busy one, CPU time still measures one
 * core's work). Returns the median and the best round of each.
 */
function throughput(inputs, rounds = 9, passes = 1_500) {
  let sink = 0;
  for (let i = 0; i < 500; i++) for (const input of inputs) sink += classify(input).kind.length;
  const wall = [];
  const cpu = [];
  for (let round = 0; round < rounds; round++) {
    const wallStart = performance.now();
    const cpuStart = cpuMs();
    for (let i = 0; i < passes; i++) for (const input of inputs) sink += classify(input).kind.length;
    const count = passes * inputs.length;
    wall.push((count * 1000) / (performance.now() - wallStart));
    cpu.push((count * 1000) / (cpuMs() - cpuStart));
  }
  if (sink === 0) throw new Error('unreachable: keeps the work from being optimised away');
  return { wall: median(wall), cpu: median(cpu), bestCpu: Math.max(...cpu) };
}

function nested(depth, key) {
  let value = { message: 'bottom' };
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

/** An object with `keys` unrelated keys (built key by key, so V8 keeps it as a hash table), then `extra`. */
function wide(keys, extra = { error: { message: 'Rate limit exceeded' } }) {
  const value = {};
  for (let i = 0; i < keys; i++) value[`key${i}`] = i;
  return Object.assign(value, extra);
}

function cyclic() {
  const value = { status: 429, error: { message: 'Too many requests' } };
  value.error.self = value;
  value.body = value;
  value.errors = [value, value.error];
  return value;
}

/** A flat string of about `n` MB, as a fetched body is (decoded from bytes). */
const megabytes = (n, unit) =>
  Buffer.from(unit.repeat(Math.ceil((n * 1024 * 1024) / unit.length))).toString();
const throwingGetters = new Proxy(
  {},
  {
    get() {
      throw new Error('getter throws');
    },
    ownKeys() {
      throw new Error('ownKeys throws');
    },
  },
);

const nasty = {
  '10 MB plain string': megabytes(10, 'a'),
  '10 MB string of "try again in 1s " words': megabytes(10, 'try again in 1s quota exceeded '),
  '10 MB JSON-looking string': Buffer.from(`{"error":{"message":"${megabytes(10, 'x')}"}}`).toString(),
  // Built by concatenation: V8 keeps it as a rope and copies it flat (~10 MB) on the first read.
  '10 MB rope string (first read flattens it)': `${'x'.repeat(5 * 1024 * 1024)}${'y'.repeat(5 * 1024 * 1024)}`,
  '10 MB string as a response body': { status: 500, body: megabytes(10, '<p>down</p>') },
  '10 MB message in an object': { status: 429, body: { error: { message: megabytes(10, 'rate ') } } },
  '10 000-deep object (error.error…)': nested(10_000, 'error'),
  '10 000-deep object (body.body…)': nested(10_000, 'body'),
  '10 000-deep array': JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
  '100 000-key object': wide(100_000),
  '100 000-key body with no field the walk knows': { status: 500, body: wide(100_000, {}) },
  '1 000 000-key object': wide(1_000_000),
  '1 000 000-item errors array': {
    status: 400,
    body: { errors: new Array(1_000_000).fill({ message: 'x' }) },
  },
  'cyclic object': cyclic(),
  'proxy whose traps throw': throwingGetters,
  '10 000 headers': {
    status: 429,
    headers: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`x-h${i}`, 'v'])),
  },
  // Header names are matched case-insensitively, so a plain header record is listed (128 entries are
  // read); a Headers object or entry list is iterated lazily and stops there.
  '100 000-entry header record': { status: 429, headers: wide(100_000, { 'Retry-After': '5' }) },
  '100 000-entry Headers-like iterable': {
    status: 429,
    headers: Array.from({ length: 100_000 }, (_, i) => [`x-h${i}`, 'v']),
  },
  'SSE body of 100 000 data lines': {
    status: 200,
    body: Buffer.from(
      `event: error\n${'data: {"error": {"type": "overloaded_error"}}\n'.repeat(100_000)}`,
    ).toString(),
  },
};

/** The slowest of several runs of one input, each on a fresh call. */
function worstMs(input, runs = 5) {
  let worst = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    classify(input);
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

const format = (n) => Math.round(n).toLocaleString('en');
const { wall, cpu, bestCpu } = throughput(fixtures);
console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core, load ${loadavg()[0].toFixed(1)}`,
);
console.log(
  `fixtures: ${fixtures.length} inputs, median of 9 rounds: ${format(wall)} classifications/s by wall clock, ` +
    `${format(cpu)}/s by CPU time (${(1e9 / cpu).toFixed(0)} ns each; best round ${format(bestCpu)}/s; ` +
    `target ≥ ${format(TARGET_PER_SECOND)})`,
);
console.log('worst single inputs (slowest of 5 runs):');
let worstOfAll = 0;
for (const [name, input] of Object.entries(nasty)) {
  const ms = worstMs(input);
  worstOfAll = Math.max(worstOfAll, ms);
  console.log(`  ${ms.toFixed(3).padStart(8)} ms  ${name}`);
}
console.log(
  '  (the walk reads fields by name, so an object costs the same whatever its keys; only a plain header\n' +
    '   record is listed, since header names match in any case, and JavaScript lists every key first)',
);
const ok = cpu >= TARGET_PER_SECOND && worstOfAll <= TARGET_WORST_MS;
console.log(
  `${ok ? 'within' : 'OUTSIDE'} targets: ${format(cpu)}/s, worst ${worstOfAll.toFixed(3)} ms (≤ ${TARGET_WORST_MS} ms)`,
);
process.exitCode = ok ? 0 : 1;
