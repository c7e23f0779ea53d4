/** A property of an unknown value; undefined instead of throwing when a getter or proxy trap throws. */
export function read(value: unknown, key: PropertyKey): unknown {
  // Reading from null throws, and a thrown error costs microseconds.
  if (value == null) return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Whether a value can be indexed (objects and functions), so `read` can look inside it. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' ? value !== null : typeof value === 'function';
}
