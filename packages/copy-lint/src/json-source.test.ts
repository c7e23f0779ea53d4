import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonNode, parseJson } from './json-source';

function toValue(node: JsonNode): unknown {
  if (node.type === 'object') return Object.fromEntries(node.members.map((m) => [m.key, toValue(m.value)]));
  if (node.type === 'string') return node.value;
  return node.type;
}

function fromJson(value: unknown): unknown {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
  return typeof value;
}

describe('parseJson', () => {
  it('keeps where each key is', () => {
    const result = parseJson('{\n  "a": {\n    "b": "x"\n  }\n}');
    expect(result.ok).toBe(true);
    if (!result.ok || result.root.type !== 'object') return;
    const a = result.root.members[0];
    expect(a?.keyPosition).toEqual({ line: 2, column: 3 });
    const b = a?.value.type === 'object' ? a.value.members[0] : undefined;
    expect(b?.keyPosition).toEqual({ line: 3, column: 5 });
  });

  it('keeps duplicate keys, which JSON.parse drops', () => {
    const result = parseJson('{"a": "1", "a": "2"}');
    expect(result.ok && result.root.type === 'object' && result.root.members.map((m) => m.key)).toEqual([
      'a',
      'a',
    ]);
  });

  it.each([
    ['{"a": "x",}', 1, 10, /trailing comma/],
    ['{"a": "x"\n "b": "y"}', 2, 2, /Expected "," or "}"/],
    ["{'a': 'x'}", 1, 2, /double quotes/],
    ['{"a": "x', 1, 7, /not closed/],
    ['{"a": "line\nbreak"}', 1, 12, /closing quote/],
    ['{"a": "\\q"}', 1, 8, /escape/],
    ['{"a": [1, 2,]}', 1, 12, /trailing comma/],
    ['{} {}', 1, 4, /after the end/],
    ['', 1, 1, /end of the file/],
  ])('says where %j goes wrong', (text, line, column, message) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.position).toEqual({ line, column });
    expect(result.message).toMatch(message);
  });

  it('reads a leading byte-order mark as nothing', () => {
    expect(parseJson('\uFEFF{"a": "b"}').ok).toBe(true);
  });

  it('does not crash on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseJson(deep)).not.toThrow();
  });

  it('reads any JSON as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseJson(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(toValue(result.root)).toEqual(fromJson(JSON.parse(text)));
      }),
    );
  });

  it('accepts exactly what JSON.parse accepts', () => {
    const almostJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '{', '"', ':', ']', '\\', ' ', 'x', '\n'))
      .map(([text, at, insert]) => {
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(index);
      });
    fc.assert(
      fc.property(fc.oneof(almostJson, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parseJson(text).ok).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
