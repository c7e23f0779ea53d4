import { describe, expect, it } from 'vitest';
import { mergeResources, sanitizeResource } from './resource';

describe('sanitizeResource', () => {
  it('keeps non-empty text in nested objects and drops everything else', () => {
    const input = JSON.parse(
      '{"a": "text", "b": "", "c": 3, "d": null, "e": ["x"], "f": {"g": "  "}, "h": {"i": "ok"}, "__proto__": {"x": "y"}}',
    );
    expect(sanitizeResource(input)).toEqual({ a: 'text', h: { i: 'ok' } });
  });

  it('unwraps a JSON module, and reads anything else as empty', () => {
    expect(sanitizeResource({ default: { a: 'b' } })).toEqual({ a: 'b' });
    expect(sanitizeResource('text')).toEqual({});
    expect(sanitizeResource(null)).toEqual({});
    expect(sanitizeResource(new Map())).toEqual({});
  });
});

describe('mergeResources', () => {
  it('lets later layers win key by key without touching the inputs', () => {
    const base = { kinds: { a: { title: 'A', cause: 'a' } }, terms: { money: 'funds' } };
    const app = { kinds: { a: { title: 'A2' } } };
    expect(mergeResources(base, undefined, app)).toEqual({
      kinds: { a: { title: 'A2', cause: 'a' } },
      terms: { money: 'funds' },
    });
    expect(base.kinds.a.title).toBe('A');
  });
});
