/** Where something is in a file, 1-based, as editors count. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type JsonNode =
  | { readonly type: 'object'; readonly position: Position; readonly members: readonly JsonMember[] }
  | { readonly type: 'array'; readonly position: Position }
  | { readonly type: 'string'; readonly position: Position; readonly value: string }
  | { readonly type: 'number' | 'boolean' | 'null'; readonly position: Position };

export interface JsonMember {
  readonly key: string;
  readonly keyPosition: Position;
  readonly value: JsonNode;
}

export type JsonParseResult =
  | { readonly ok: true; readonly root: JsonNode }
  | { readonly ok: false; readonly message: string; readonly position: Position };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * A JSON parser that keeps where every key and value sits, because `JSON.parse` neither says where a
 * syntax problem is on every runtime nor keeps duplicate keys. Accepts a leading BOM.
 */
export function parseJson(text: string): JsonParseResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const positionOf = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = index): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number): string => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);
  const skipSpace = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text[index] ?? '')) index++;
  };
  const expect = (char: string, context: string): void => {
    skipSpace();
    if (text[index] !== char) fail(`Expected "${char}" ${context}, found ${describe(index)}.`);
    index++;
  };

  const parseString = (): string => {
    const start = index;
    index++;
    let out = '';
    while (index < text.length) {
      const char = text[index] ?? '';
      if (char === '"') {
        index++;
        return out;
      }
      if (char === '\\') {
        const escaped = text[index + 1] ?? '';
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (escaped in simple) {
          out += simple[escaped];
          index += 2;
          continue;
        }
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16));
          index += 6;
          continue;
        }
        fail(`Unknown escape "\\${escaped}" in a string.`);
      }
      if (char === '\n' || char.charCodeAt(0) < 0x20)
        fail('A string runs to the end of the line: is a closing quote missing?');
      out += char;
      index++;
    }
    return fail('A string is not closed: a closing quote is missing.', start);
  };

  const parseValue = (): JsonNode => {
    skipSpace();
    const start = index;
    const position = positionOf(start);
    const char = text[index];
    if (char === '{') return parseObject();
    if (char === '[') {
      parseArray();
      return { type: 'array', position };
    }
    if (char === '"') return { type: 'string', position, value: parseString() };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(index, index + 400),
    );
    if (literal) {
      index += literal[0].length;
      const word = literal[0];
      return {
        type: word === 'null' ? 'null' : word === 'true' || word === 'false' ? 'boolean' : 'number',
        position,
      };
    }
    if (char === "'") return fail('Strings need double quotes, not single quotes.');
    return fail(`Expected a value, found ${describe(index)}.`);
  };

  const parseArray = (): void => {
    index++;
    skipSpace();
    if (text[index] === ']') {
      index++;
      return;
    }
    for (;;) {
      parseValue();
      skipSpace();
      if (text[index] === ',') {
        const comma = index++;
        skipSpace();
        if (text[index] === ']') fail('A trailing comma before "]" is not allowed in JSON.', comma);
        continue;
      }
      if (text[index] === ']') {
        index++;
        return;
      }
      fail(`Expected "," or "]" in a list, found ${describe(index)}.`);
    }
  };

  const parseObject = (): JsonNode => {
    const position = positionOf(index);
    index++;
    const members: JsonMember[] = [];
    skipSpace();
    if (text[index] === '}') {
      index++;
      return { type: 'object', position, members };
    }
    let comma = -1;
    for (;;) {
      skipSpace();
      if (text[index] !== '"') {
        if (text[index] === '}' && comma !== -1)
          fail('A trailing comma before "}" is not allowed in JSON.', comma);
        fail(
          text[index] === '}'
            ? 'A trailing comma before "}" is not allowed in JSON.'
            : `Expected a key in double quotes, found ${describe(index)}.`,
        );
      }
      const keyPosition = positionOf(index);
      const key = parseString();
      expect(':', `after the key "${key}"`);
      const value = parseValue();
      members.push({ key, keyPosition, value });
      skipSpace();
      if (text[index] === ',') {
        comma = index++;
        continue;
      }
      if (text[index] === '}') {
        index++;
        return { type: 'object', position, members };
      }
      fail(`Expected "," or "}" after the value of "${key}", found ${describe(index)}.`);
    }
  };

  try {
    const root = parseValue();
    skipSpace();
    if (index < text.length) fail(`Unexpected ${describe(index)} after the end of the JSON.`);
    return { ok: true, root };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: positionOf(error.offset) };
    }
    // Deeply nested input can exhaust the stack: still a clear answer, not a crash.
    return { ok: false, message: 'The file is nested too deeply to read.', position: positionOf(index) };
  }
}
