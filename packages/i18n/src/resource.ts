/** Copy for one language in i18next JSON v4 shape: nested objects whose leaves are strings. */
export interface TactfulResource {
  readonly [key: string]: string | TactfulResource;
}

type MutableResource = { [key: string]: string | MutableResource };

// Keys that would reach an object's prototype when copied with plain assignment.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of `value` that keeps only what i18next can show: non-empty strings, in nested plain objects.
 * Anything else (numbers, arrays, null, empty strings, prototype keys) is left out, so the shipped copy
 * underneath shows instead of a blank or a crash. An ES module namespace (`import('./x.json')`) is unwrapped.
 */
export function sanitizeResource(value: unknown): TactfulResource {
  const source = unwrapModule(value);
  const out: MutableResource = {};
  if (!isPlainObject(source)) return out;
  for (const [key, child] of Object.entries(source)) {
    if (UNSAFE_KEYS.has(key) || key === '') continue;
    if (typeof child === 'string') {
      if (child.trim() !== '') out[key] = child;
    } else if (isPlainObject(child)) {
      const nested = sanitizeResource(child);
      if (Object.keys(nested).length > 0) out[key] = nested;
    }
  }
  return out;
}

function unwrapModule(value: unknown): unknown {
  if (value !== null && typeof value === 'object') {
    const tag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
    const isModule = tag === 'Module' || '__esModule' in value;
    // `{ default: {...} }` alone is how a hand-written loader returns a JSON module, too.
    const onlyDefault = Object.keys(value).length === 1;
    if ((isModule || onlyDefault) && 'default' in value) return (value as { default: unknown }).default;
  }
  return value;
}

/** Later layers win, key by key; objects merge, strings replace. Inputs are not modified. */
export function mergeResources(...layers: readonly (TactfulResource | undefined)[]): TactfulResource {
  const out: MutableResource = {};
  for (const layer of layers) if (layer) mergeInto(out, layer);
  return out;
}

function mergeInto(target: MutableResource, source: TactfulResource): void {
  for (const [key, value] of Object.entries(source)) {
    if (UNSAFE_KEYS.has(key)) continue;
    if (typeof value === 'string') {
      target[key] = value;
      continue;
    }
    const existing = target[key];
    const branch: MutableResource = existing !== undefined && typeof existing !== 'string' ? existing : {};
    mergeInto(branch, value);
    target[key] = branch;
  }
}
