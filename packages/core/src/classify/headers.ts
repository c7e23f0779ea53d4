import { isObject, read } from './read';

const MAX_HEADERS = 128;

/**
 * Headers as SDKs and fetch hand them over — `Headers`, a `Map`, entry pairs or a plain record,
 * values as strings, numbers or arrays — as one map with lower-case names; undefined when there are
 * none. At most 128 are read.
 */
export function readHeaders(headers: unknown): Map<string, string> | undefined {
  if (!isObject(headers)) return undefined;
  const table = new Map<string, string>();
  let count = 0;
  const keep = (name: unknown, value: unknown) => {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof name === 'string' && (typeof first === 'string' || typeof first === 'number')) {
      table.set(name.toLowerCase(), String(first));
    }
    return ++count < MAX_HEADERS;
  };
  try {
    if (typeof read(headers, Symbol.iterator) === 'function') {
      for (const pair of headers as Iterable<unknown>) if (!keep(read(pair, 0), read(pair, 1))) break;
    } else {
      for (const name in headers) if (!keep(name, read(headers, name))) break;
    }
  } catch {
    // A hostile headers object keeps what was read before it threw.
  }
  return table.size ? table : undefined;
}
