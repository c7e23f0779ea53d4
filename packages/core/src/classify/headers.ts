import { isObject, read } from './read';

const MAX_HEADERS = 128;

function first(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' || typeof one === 'number' ? String(one) : undefined;
}

/**
 * Headers as SDKs and fetch hand them over — `Headers`, a `Map`, entry pairs or a plain record,
 * values as strings, numbers or arrays — as one map with lower-case names; undefined when there are
 * none. At most 128 are read.
 */
export function readHeaders(headers: unknown): Map<string, string> | undefined {
  if (!isObject(headers)) return undefined;
  let table: Map<string, string> | undefined;
  const keep = (name: unknown, value: unknown) => {
    const text = first(value);
    if (typeof name !== 'string' || text === undefined) return;
    table ??= new Map();
    table.set(name.toLowerCase(), text);
  };
  let count = 0;
  try {
    if (typeof read(headers, Symbol.iterator) === 'function') {
      for (const pair of headers as Iterable<unknown>) {
        if (++count > MAX_HEADERS) break;
        keep(read(pair, '0'), read(pair, '1'));
      }
    } else {
      for (const name in headers) {
        if (++count > MAX_HEADERS) break;
        keep(name, read(headers, name));
      }
    }
  } catch {
    // A hostile headers object keeps what was read before it threw.
  }
  return table;
}
