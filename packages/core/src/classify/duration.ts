/**
 * A number and its unit, as providers write waits: "20ms", "45.2s", "6m0s", "7 seconds", "5 minutes".
 * The lookahead keeps "3 more" from reading as three minutes.
 */
const PART =
  /[ ,]*(\d+(?:\.\d+)?) ?(ms|mil\w*|s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?)?|h(?:(?:ou)?rs?)?|d(?:ays?)?)(?![a-z])/y;

/** Milliseconds of the duration starting at `from` ("1h2m3.5s" sums its parts); undefined when none starts there. */
export function parseDuration(text: string, from = 0): number | undefined {
  let total: number | undefined;
  PART.lastIndex = from;
  for (let part = PART.exec(text); part; part = PART.exec(text)) {
    const [a, b, c] = part[2] as string;
    // "ms" and "milli…" are milliseconds; "m" and "min…" minutes.
    const unit = a === 's' ? 1e3 : a === 'h' ? 36e5 : a === 'd' ? 864e5 : b === 's' || c === 'l' ? 1 : 6e4;
    total = (total ?? 0) + Number(part[1]) * unit;
  }
  return total;
}

/**
 * Milliseconds until a moment written any way providers write it: delta seconds ("16"), epoch seconds
 * (GitHub), epoch milliseconds (OpenRouter), an HTTP-date or RFC 3339 time (Anthropic), or a duration
 * ("6m0s"). A moment already past says nothing about when to come back.
 */
export function untilMs(value: string, now: number): number | undefined {
  const trimmed = value.trim();
  const n = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const ms =
    n >= 0
      ? n > 1e12
        ? n - now
        : n > 1e9
          ? n * 1e3 - now
          : n * 1e3
      : /^\d[\d.]*[a-z]/i.test(trimmed)
        ? parseDuration(trimmed.toLowerCase())
        : Date.parse(trimmed) - now;
  return ms !== undefined && ms >= 0 ? ms : undefined;
}
