import { badRequest } from './api-error';
import { isCurrencyCode, type Money } from './money';

/** A JSON object body or field; arrays and null are not objects here. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObject(value: unknown, param: string): JsonObject {
  if (!isJsonObject(value)) throw badRequest('invalid_type', `${param} must be a JSON object.`, param);
  return value;
}

export function requireString(value: unknown, param: string, limits: { min?: number; max: number }): string {
  if (typeof value !== 'string') throw badRequest('invalid_type', `${param} must be a string.`, param);
  const min = limits.min ?? 0;
  if (value.trim().length < min) {
    throw badRequest('too_short', `${param} must have at least ${min} non-blank character(s).`, param);
  }
  if (value.length > limits.max) {
    throw badRequest('too_long', `${param} must be at most ${limits.max} characters long.`, param);
  }
  return value;
}

export function requireInteger(value: unknown, param: string, range: { min: number; max: number }): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw badRequest('invalid_type', `${param} must be a whole number.`, param);
  }
  if (value < range.min || value > range.max) {
    throw badRequest('out_of_range', `${param} must be between ${range.min} and ${range.max}.`, param);
  }
  return value;
}

export function requireOneOf<const T extends string>(
  value: unknown,
  param: string,
  allowed: readonly T[],
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badRequest('invalid_value', `${param} must be one of: ${allowed.join(', ')}.`, param);
  }
  return value as T;
}

/** `{ minor, currency }` in the ledger's currency, minor units within the given range. */
export function requireMoney(
  value: unknown,
  param: string,
  expected: { currency: string; min: number; max: number },
): Money {
  const object = requireObject(value, param);
  const currency = object.currency;
  if (!isCurrencyCode(currency)) {
    throw badRequest(
      'invalid_currency',
      `${param}.currency must be a three-letter code such as USD.`,
      `${param}.currency`,
    );
  }
  if (currency !== expected.currency) {
    throw badRequest(
      'currency_mismatch',
      `${param}.currency must be ${expected.currency}, the currency of this account.`,
      `${param}.currency`,
    );
  }
  const minor = requireInteger(object.minor, `${param}.minor`, expected);
  return { minor, currency };
}

/** Only the fields a route knows: a typo such as `taks` is answered, not silently ignored. */
export function rejectUnknownFields(object: JsonObject, param: string, known: readonly string[]): void {
  for (const field of Object.keys(object)) {
    if (!known.includes(field)) {
      const where = param === 'body' ? field : `${param}.${field}`;
      throw badRequest('unknown_field', `${where} is not a field this endpoint accepts.`, where);
    }
  }
}
