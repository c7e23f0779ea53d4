import type { ProblemKind } from '@tactful/core';

/** One real provider error response from `test/fixtures/provider-errors/` (see its README). */
export interface ProviderFixture {
  /** File name without `.json`: `openai-insufficient-quota`. */
  readonly name: string;
  readonly provider: string;
  readonly source: string;
  readonly evidence: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value, a string when the body is not JSON (HTML, SSE), `null` when only headers are known. */
  readonly body: unknown;
  /** The kind a careful human assigned: shown beside the classifier's answer, never used to decide it. */
  readonly kind: ProblemKind;
  readonly retry_after_seconds: number | null;
  readonly notes: string;
}

const files = import.meta.glob<Omit<ProviderFixture, 'name'>>('../../test/fixtures/provider-errors/*.json', {
  eager: true,
  import: 'default',
});

/** Every fixture, by file name, in file-name order. */
export const FIXTURES: readonly ProviderFixture[] = Object.entries(files)
  .map(([path, fixture]) => ({ ...fixture, name: path.slice(path.lastIndexOf('/') + 1, -'.json'.length) }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const FIXTURE_NAMES: readonly string[] = FIXTURES.map((fixture) => fixture.name);

export function fixture(name: string): ProviderFixture {
  const found = FIXTURES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No provider fixture named ${name}`);
  return found;
}

/** What `classify` reads from a response: status, headers and body, as `classifyResponse` hands them over. */
export const responseOf = ({ status, headers, body }: ProviderFixture) => ({ status, headers, body });

/**
 * The fixture as a real `Response`, as `fetch` would give it to the app. Its body is sent as the
 * provider sent it: JSON text, or the raw text of an HTML page or an event stream.
 */
export function toResponse({ status, headers, body }: ProviderFixture): Response {
  const text = body === null ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: new Headers(headers) });
}
