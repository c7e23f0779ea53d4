import { type ParsedCopy, parseCopy } from './copy-syntax';
import { type Finding, finding } from './findings';
import { type JsonNode, type Position, parseJson } from './json-source';
import { type PluralCategory, pluralForm } from './plurals';

export interface CopyEntry {
  readonly key: string;
  readonly text: string;
  readonly parsed: ParsedCopy;
  readonly position: Position;
}

/** One locale file read into flat keys (`kinds.offline.title`), with where each sits. */
export interface LocaleCopy {
  readonly entries: ReadonlyMap<string, CopyEntry>;
  /** Where each group of keys opens, to point at when a key is missing from it. */
  readonly groups: ReadonlyMap<string, Position>;
  /** Keys whose values cannot be shown (numbers, lists, empty text): present, but not as copy. */
  readonly unusable: ReadonlySet<string>;
}

export interface PluralGroup {
  readonly base: string;
  readonly ordinal: boolean;
  /** Category → the full key. */
  readonly forms: ReadonlyMap<PluralCategory, string>;
}

export type ReadResult =
  | { readonly ok: true; readonly copy: LocaleCopy; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

const START: Position = { line: 1, column: 1 };

function describe(node: JsonNode): string {
  if (node.type === 'array') return 'a list';
  if (node.type === 'null') return 'null';
  return `a ${node.type}`;
}

/** Reads locale JSON text: syntax, duplicate keys, values that are not text. */
export function readLocaleText(text: string): ReadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, findings: [finding('json-syntax', parsed.message, parsed.position)] };
  if (parsed.root.type !== 'object') {
    return {
      ok: false,
      findings: [
        finding(
          'json-syntax',
          `Expected an object of keys at the top, found ${describe(parsed.root)}.`,
          parsed.root.position,
        ),
      ],
    };
  }
  const entries = new Map<string, CopyEntry>();
  const groups = new Map<string, Position>([['', parsed.root.position]]);
  const unusable = new Set<string>();
  const findings: Finding[] = [];
  const walk = (node: Extract<JsonNode, { type: 'object' }>, prefix: string): void => {
    const seen = new Set<string>();
    for (const member of node.members) {
      const key = prefix ? `${prefix}.${member.key}` : member.key;
      if (seen.has(member.key)) {
        findings.push(
          finding(
            'duplicate-key',
            `"${member.key}" appears twice here: JSON keeps only the last one.`,
            member.keyPosition,
            key,
          ),
        );
      }
      seen.add(member.key);
      const value = member.value;
      if (value.type === 'object') {
        groups.set(key, member.keyPosition);
        walk(value, key);
      } else if (value.type === 'string') {
        if (value.value.trim() === '') {
          unusable.add(key);
          findings.push(
            finding(
              'empty-text',
              'The text is empty: leave the key out to use the shipped copy.',
              member.keyPosition,
              key,
            ),
          );
        } else {
          entries.set(key, {
            key,
            text: value.value,
            parsed: parseCopy(value.value),
            position: member.keyPosition,
          });
        }
      } else {
        unusable.add(key);
        findings.push(
          finding('not-text', `The value is ${describe(value)}: copy is text.`, value.position, key),
        );
      }
    }
  };
  walk(parsed.root, '');
  return { ok: true, copy: { entries, groups, unusable }, findings };
}

/** Reads an already-parsed object (the bundled English): no positions to report, so all at 1:1. */
export function localeFromObject(value: unknown): LocaleCopy {
  const entries = new Map<string, CopyEntry>();
  const walk = (node: unknown, prefix: string): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [name, child] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (typeof child === 'string' && child.trim() !== '') {
        entries.set(key, { key, text: child, parsed: parseCopy(child), position: START });
      } else walk(child, key);
    }
  };
  walk(value, '');
  return { entries, groups: new Map(), unusable: new Set() };
}

/** The plural groups among a locale's keys. */
export function pluralGroups(keys: Iterable<string>): Map<string, PluralGroup> {
  const groups = new Map<string, { base: string; ordinal: boolean; forms: Map<PluralCategory, string> }>();
  for (const key of keys) {
    const form = pluralForm(key);
    if (!form) continue;
    const id = form.ordinal ? `${form.base}#ordinal` : form.base;
    const group = groups.get(id) ?? { base: form.base, ordinal: form.ordinal, forms: new Map() };
    group.forms.set(form.category, key);
    groups.set(id, group);
  }
  return groups;
}

/** Where to point when `key` is missing: the closest group that opens in the file. */
export function nearestGroup(copy: LocaleCopy, key: string): Position {
  const segments = key.split('.');
  for (let length = segments.length - 1; length >= 0; length--) {
    const position = copy.groups.get(segments.slice(0, length).join('.'));
    if (position) return position;
  }
  return START;
}
