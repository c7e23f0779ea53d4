import { type ActionId, ADMIN_FIXABLE_KINDS, PROVIDER_AWARE_KINDS, type Tone } from '../copy/keys';
import type { IntentSnapshot, IntentStatus } from '../intent/intent.types';
import { type Amount, isMoney, type Money, toMajor } from '../money/money';
import { isTransientKind, kindGroup, type ProblemKind } from '../problem/kinds';
import type { ProblemAmounts } from '../problem/problem';
import type {
  CopyRef,
  CopyValue,
  IntentAction,
  IntentCountdown,
  IntentViewModel,
  KindOverride,
  Politeness,
  ViewModelContext,
} from './view-model.types';

/** The way back for each kind a person (or a changed request) must fix. */
const FIXES: Partial<Record<ProblemKind, ActionId>> = {
  insufficient_funds: 'add_funds',
  quota_exhausted: 'upgrade_plan',
  spending_limit_reached: 'raise_limit',
  billing_inactive: 'enable_billing',
  payment_method_failed: 'update_payment',
  auth_invalid: 'sign_in',
  permission_denied: 'ask_admin',
  invalid_request: 'edit_request',
  not_found: 'edit_request',
};

/** The action that fixes a kind for someone who can take it; undefined when trying again is the way. */
export function fixFor(kind: ProblemKind): ActionId | undefined {
  return FIXES[kind];
}

type Values = Record<string, CopyValue>;

const ref = (key: string, values?: Values): CopyRef => (values ? { key, values } : { key });

/** The app's own sentence, if it gave one, with the values the default had so it can name the intent too. */
const sentence = (override: CopyRef | undefined, key: string, values: Values): CopyRef =>
  override ? { ...override, values: { ...values, ...override.values } } : ref(key, values);

/** The first listed action is the primary one (when `primary`); listed twice, it is offered once. */
function actionList(ids: readonly (ActionId | false | undefined)[], primary = true): IntentAction[] {
  const offered = ids.filter((id, index): id is ActionId => !!id && ids.indexOf(id) === index);
  return offered.map((id, index) => ({ id, label: ref(`actions.${id}`), primary: primary && index === 0 }));
}

/** The states without a problem to show, each with what it offers. Others (idle, discarded) offer nothing. */
const STATE_ACTIONS: Partial<Record<IntentStatus, readonly ActionId[]>> = {
  running: ['cancel'],
  degraded: ['cancel'],
  recovering: ['resume', 'discard'],
  succeeded: ['dismiss'],
  cancelled: ['dismiss'],
};

/**
 * What to show for one intent, derived purely from its snapshot and the page's context: tone,
 * politeness, the message as copy keys with their values, the actions in order and the countdown.
 */
export function deriveViewModel(intent: IntentSnapshot, context: ViewModelContext): IntentViewModel {
  const { id, state, label, fallbackLabel } = intent;
  const { status, problem } = state;
  const intentSuffix = label === undefined ? '' : '_intent';
  const intentValues: Values = label === undefined ? {} : { intent: label };
  const waiting = status === 'waiting';
  let tone: Tone = 'info';
  let politeness: Politeness = 'polite';
  let title: CopyRef;
  let body: CopyRef[];
  let actions: IntentAction[];
  let kind: ProblemKind | undefined;
  let countdown: IntentCountdown | undefined;

  if (problem && (status === 'blocked' || status === 'failed' || waiting || status === 'offline')) {
    kind = status === 'offline' ? 'offline' : problem.kind;
    const billing = kindGroup(kind) === 'billing';
    const override: KindOverride = context.overrides?.[kind] ?? {};
    const provider =
      problem.provider !== undefined && PROVIDER_AWARE_KINDS.includes(kind)
        ? context.providerName?.(problem.provider)
        : undefined;
    const values: Values = provider ? { ...intentValues, provider } : intentValues;
    const admin = !context.canManageBilling && ADMIN_FIXABLE_KINDS.includes(kind);
    const fallback =
      fallbackLabel !== undefined && state.fallbackFor.includes(problem.kind) && 'use_fallback';
    title = override.title ?? ref(`kinds.${kind}.title`);
    body = [
      sentence(override.cause, `kinds.${kind}.cause${intentSuffix}${provider ? '_provider' : ''}`, values),
    ];
    if (waiting || status === 'offline') {
      if (waiting) {
        const secondsLeft = Math.max(0, Math.ceil((state.retryAt - context.now) / 1000)) || 0;
        const count = { count: secondsLeft };
        countdown = {
          retryAt: state.retryAt,
          totalMs: state.waitMs,
          secondsLeft,
          label: secondsLeft ? ref('states.waiting.countdown', count) : ref('states.waiting.retrying'),
          a11yLabel: ref('a11y.countdown', count),
        };
      }
      body.push(countdown?.label ?? ref('states.offline.next'));
      tone = 'warning';
      actions = actionList(['retry_now', fallback, 'cancel']);
    } else {
      const blocked = status === 'blocked';
      const amounts = billing && amountsSentence(kind, problem.amounts, context.balance);
      if (amounts) body.push(amounts);
      // Retries ran out: say how many were made, and that a person may try again.
      const transient = isTransientKind(kind);
      if (!blocked && transient && state.retries > 0) {
        body.push(ref('states.failed.exhausted', { count: state.retries + 1 }));
      }
      const nextKey = transient ? 'states.failed.next' : `kinds.${kind}.next${admin ? '_admin' : ''}`;
      body.push(sentence(override.next, nextKey, values));
      if (fallback) body.push(ref('fallback.offer', { fallback: fallbackLabel }));
      tone = blocked && !billing ? 'warning' : 'critical';
      politeness = 'assertive';
      const fix = override.fix ?? (admin ? 'ask_admin' : FIXES[kind]);
      actions = actionList([fix ?? 'try_again', fallback, blocked && 'try_again', 'discard']);
    }
    tone = override.tone ?? tone;
    politeness = override.politeness ?? politeness;
  } else {
    const stateName =
      status === 'discarded'
        ? 'cancelled'
        : status === 'running' && state.reason === 'recovered'
          ? 'resuming'
          : STATE_ACTIONS[status]
            ? status
            : 'running';
    const values: Values =
      status === 'degraded' && fallbackLabel !== undefined
        ? { ...intentValues, fallback: fallbackLabel }
        : intentValues;
    title = ref(`states.${stateName}.title`);
    body = [ref(`states.${stateName}.body${intentSuffix}`, values)];
    if (status === 'succeeded') tone = 'success';
    actions = actionList(STATE_ACTIONS[status] ?? [], tone !== 'success');
  }

  return {
    id,
    state: status,
    ...(kind && { kind }),
    tone,
    toneLabel: ref(`tones.${tone}`),
    politeness,
    title,
    body,
    actions,
    ...(countdown && { countdown }),
    announcement: body[0] ?? title,
  };
}

const moneyOf = (amount: Amount | undefined): Money | undefined => (isMoney(amount) ? amount : undefined);

/** Balance and amount needed; the app's balance wins over the provider's so the page never disagrees. */
function amountsSentence(
  kind: ProblemKind,
  stated: ProblemAmounts | undefined,
  appBalance: Money | undefined,
): CopyRef | undefined {
  const balance =
    kind === 'insufficient_funds' || stated?.balance ? (appBalance ?? moneyOf(stated?.balance)) : undefined;
  const shown = { balance, needed: moneyOf(stated?.needed) };
  const values: Values = {};
  const formatParams: Record<string, { currency: string }> = {};
  for (const [name, amount] of Object.entries(shown)) {
    if (!amount) continue;
    values[name] = toMajor(amount);
    formatParams[name] = { currency: amount.currency };
  }
  // The names of the amounts shown make the key: amounts.balance, amounts.needed or amounts.balance_needed.
  const names = Object.keys(values);
  return names[0] ? { key: `amounts.${names.join('_')}`, values, formatParams } : undefined;
}
