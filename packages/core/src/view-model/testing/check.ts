// The checks of invariant 6, shared by the view-model tests and the runtime's model-based test.
import { ACTION_IDS, CORE_COPY_KEYS, PLURAL_COPY_KEYS, TONES } from '../../copy/keys';
import type { CopyRef, IntentViewModel } from '../view-model.types';

const SINGULAR = new Set(CORE_COPY_KEYS);
const PLURAL = new Set<string>(PLURAL_COPY_KEYS);
const WITHOUT_PRIMARY = new Set(['idle', 'succeeded', 'discarded']);

/** Every problem with one copy reference the core emitted, as readable strings (empty when sound). */
function checkRef(ref: CopyRef, where: string): string[] {
  const problems: string[] = [];
  const values = ref.values ?? {};
  if (PLURAL.has(ref.key)) {
    if (typeof values.count !== 'number' || !Number.isInteger(values.count) || values.count < 0) {
      problems.push(`${where}: plural ${ref.key} without a whole count`);
    }
  } else if (!SINGULAR.has(ref.key)) problems.push(`${where}: ${ref.key} is not in the key list`);
  if (/_intent/.test(ref.key) && values.intent === undefined)
    problems.push(`${where}: ${ref.key} without intent`);
  if (/_provider/.test(ref.key) && typeof values.provider !== 'string') {
    problems.push(`${where}: ${ref.key} without provider`);
  }
  if (ref.key === 'fallback.offer' && values.fallback === undefined)
    problems.push(`${where}: offer without fallback`);
  if (ref.key.startsWith('amounts.')) {
    for (const name of ref.key.slice('amounts.'.length).split('_')) {
      if (typeof values[name] !== 'number' || !Number.isFinite(values[name]))
        problems.push(`${where}: ${name} not a number`);
      if (typeof ref.formatParams?.[name]?.currency !== 'string')
        problems.push(`${where}: ${name} without currency`);
    }
  }
  return problems;
}

/** Invariant 6: exactly one primary action (none for idle, succeeded, discarded) and known keys only. */
export function viewModelProblems(model: IntentViewModel): string[] {
  const problems: string[] = [];
  const refs: [CopyRef, string][] = [
    [model.title, 'title'],
    [model.toneLabel, 'toneLabel'],
    [model.announcement, 'announcement'],
    ...model.body.map((ref, index): [CopyRef, string] => [ref, `body[${index}]`]),
    ...model.actions.map((action): [CopyRef, string] => [action.label, `action ${action.id}`]),
  ];
  if (model.countdown)
    refs.push([model.countdown.label, 'countdown'], [model.countdown.a11yLabel, 'countdown a11y']);
  for (const [ref, where] of refs) problems.push(...checkRef(ref, where));
  const primaries = model.actions.filter((action) => action.primary).length;
  const expected = WITHOUT_PRIMARY.has(model.state) ? 0 : 1;
  if (primaries !== expected)
    problems.push(`${model.state}: ${primaries} primary actions, expected ${expected}`);
  const ids = model.actions.map((action) => action.id);
  if (new Set(ids).size !== ids.length) problems.push(`${model.state}: an action offered twice`);
  for (const id of ids) {
    if (!ACTION_IDS.includes(id)) problems.push(`unknown action ${id}`);
    const label = model.actions.find((action) => action.id === id)?.label.key;
    if (label !== `actions.${id}`) problems.push(`action ${id} labelled ${label}`);
  }
  if (!TONES.includes(model.tone)) problems.push(`unknown tone ${model.tone}`);
  if (model.toneLabel.key !== `tones.${model.tone}`) problems.push('tone label does not match the tone');
  if (model.state === 'waiting' && !model.countdown) problems.push('waiting without a countdown');
  if (model.state !== 'waiting' && model.countdown) problems.push(`countdown in ${model.state}`);
  return problems;
}
