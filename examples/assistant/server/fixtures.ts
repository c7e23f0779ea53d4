import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from './ledger-file';
import { isJsonObject } from './validate';

/** The repository's collection of real provider error responses (see its README for the fields). */
export const DEFAULT_FIXTURES_DIR = fileURLToPath(
  new URL('../../../test/fixtures/provider-errors', import.meta.url),
);

/** The fixtures this server answers with, by file name without `.json`. */
export const FIXTURE_NAMES = [
  'openai-insufficient-quota',
  'anthropic-credit-balance-too-low-no-request-id',
  'anthropic-402-billing-error',
  'deepseek-insufficient-balance',
  'openrouter-insufficient-credits-never-purchased',
  'anthropic-rate-limit-429',
  'anthropic-rate-limit-429-headers',
  'openai-rate-limit-code-null',
  'anthropic-overloaded-529',
  'anthropic-504-gateway-timeout-html',
  'anthropic-api-error-500',
  'stripe-402-authentication-required-decline',
] as const;

export type FixtureName = (typeof FIXTURE_NAMES)[number];

/** One recorded response: what the provider sent, nothing more. */
export interface ProviderFixture {
  readonly name: FixtureName;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value, a string for non-JSON bodies (HTML gateway pages), or null when only headers are known. */
  readonly body: unknown;
}

export type FixtureSet = ReadonlyMap<FixtureName, ProviderFixture>;

export class FixtureError extends Error {
  override readonly name = 'FixtureError';
}

/**
 * Reads every fixture the server needs, once, at startup: a missing or malformed file stops the server
 * with its name instead of surfacing later as a half-shaped response in the middle of a demo.
 */
export async function loadFixtures(folder: string = DEFAULT_FIXTURES_DIR): Promise<FixtureSet> {
  const fixtures = new Map<FixtureName, ProviderFixture>();
  for (const name of FIXTURE_NAMES) {
    const path = join(folder, `${name}.json`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new FixtureError(`Cannot read the provider fixture ${path}: ${errorMessage(error)}`);
    }
    fixtures.set(name, toFixture(name, path, parsed));
  }
  return fixtures;
}

function toFixture(name: FixtureName, path: string, value: unknown): ProviderFixture {
  if (!isJsonObject(value)) throw new FixtureError(`${path} is not a JSON object.`);
  const { status, headers, body } = value;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new FixtureError(`${path} has no valid HTTP status.`);
  }
  if (!isJsonObject(headers) || !Object.values(headers).every((header) => typeof header === 'string')) {
    throw new FixtureError(`${path} has headers that are not a map of strings.`);
  }
  if (!('body' in value)) throw new FixtureError(`${path} has no body field.`);
  return { name, status, headers: headers as Readonly<Record<string, string>>, body };
}

export function fixture(set: FixtureSet, name: FixtureName): ProviderFixture {
  const found = set.get(name);
  if (!found) throw new FixtureError(`The provider fixture ${name} was not loaded.`);
  return found;
}
