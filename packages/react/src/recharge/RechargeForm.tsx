import {
  copyWithIntent,
  type IntentLabel,
  joinSentences,
  type Money,
  type MoneyInputResult,
  moneyRef,
  type Problem,
  type RechargeLimits,
  rechargeAmountError,
  rechargeFailureCopy,
  rechargeHint,
  suggestPreset,
} from '@tactful/core';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Copy } from '../copy/useCopy';
import { CurrencyInput } from '../currency-input/CurrencyInput';
import type { Politeness } from '../live-region/announcer';
import { ToneIcon } from '../primitives/ToneIcon';

export interface RechargeFormProps extends RechargeLimits {
  readonly copy: Copy;
  readonly currency: string;
  readonly presets: readonly Money[];
  readonly balance: Money | undefined;
  readonly needed: Money | undefined;
  readonly intent: IntentLabel | undefined;
  readonly onRecharge: (amount: Money) => Promise<unknown>;
  readonly onRecharged: ((amount: Money) => void) | undefined;
  readonly classify: (error: unknown) => Problem;
  readonly say: (text: string, politeness: Politeness) => void;
  readonly close: () => void;
  /** The dialog's "Not now" button. */
  readonly notNow: ReactNode;
}

type Phase = 'idle' | 'busy' | Problem;
const EMPTY: MoneyInputResult = { ok: false, reason: 'empty' };

/**
 * How much to add (presets as radios, or an amount of the user's own) and the checkout run: busy while
 * it runs and never twice at once; on failure the reason and a way to try again, with focus on the
 * reason; on success the dialog closes, says so, and lets the intent go on.
 */
export function RechargeForm(props: RechargeFormProps) {
  const { copy, currency, presets, intent, say } = props;
  const { tr, language } = copy;
  const id = useId();
  const [choice, setChoice] = useState<number | 'custom'>(
    () => suggestPreset(presets, props.balance, props.needed) ?? 'custom',
  );
  const [custom, setCustom] = useState(EMPTY);
  // What is wrong with the amount shows once the user has left the field or tried to add it.
  const [checked, setChecked] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const running = useRef(false);
  const mounted = useRef(true);
  const input = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLElement>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const failure = typeof phase === 'object' ? rechargeFailureCopy(phase) : undefined;
  // Focus moves to the reason once it shows, so it is read; the way to try again is the next stop.
  useEffect(() => {
    if (typeof phase === 'object') message.current?.focus();
  }, [phase]);

  const isCustom = choice === 'custom';
  const error = isCustom ? rechargeAmountError(custom, currency, props) : undefined;
  const showError = error && checked;
  const hint = rechargeHint(props);
  const busy = phase === 'busy';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (running.current) return;
    setChecked(true);
    const amount = isCustom ? (custom.ok && !error ? custom.money : undefined) : presets[choice];
    if (!amount) {
      input.current?.focus();
      return;
    }
    running.current = true;
    setPhase('busy');
    say(tr({ key: 'recharge.processing' }), 'polite');
    try {
      await props.onRecharge(amount);
    } catch (thrown) {
      running.current = false;
      const problem = props.classify(thrown);
      if (mounted.current) return setPhase(problem);
      // Closed while it ran: the reason still reaches the user.
      const copyOf = rechargeFailureCopy(problem);
      return say(joinSentences([copyOf.title, ...copyOf.body].map(tr), language), 'assertive');
    }
    running.current = false;
    if (mounted.current) {
      setPhase('idle');
      props.close();
    }
    say(tr(copyWithIntent('recharge.success', intent)), 'polite');
    props.onRecharged?.(amount);
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const amountLabel = tr({ key: presets.length ? 'recharge.custom_label' : 'recharge.presets_label' });
  return (
    <form
      className="tactful-recharge__form"
      data-state={failure ? 'failed' : phase}
      noValidate
      onSubmit={submit}
    >
      {presets.length ? (
        <fieldset className="tactful-recharge__presets">
          <legend>{tr({ key: 'recharge.presets_label' })}</legend>
          {[...presets.map((amount) => tr(moneyRef('recharge.preset_amount', { amount }))), amountLabel].map(
            (label, index) => {
              const value = index < presets.length ? index : 'custom';
              return (
                <label className="tactful-recharge__option" key={value}>
                  <input
                    checked={choice === value}
                    className="tactful-choice"
                    name={id}
                    onChange={() => setChoice(value)}
                    type="radio"
                  />
                  {label}
                </label>
              );
            },
          )}
        </fieldset>
      ) : null}
      {isCustom ? (
        <div className="tactful-recharge__custom">
          <label htmlFor={`${id}-amount`}>{amountLabel}</label>
          <CurrencyInput
            aria-describedby={[hint && hintId, showError && errorId].filter(Boolean).join(' ') || undefined}
            aria-invalid={showError ? true : undefined}
            currency={currency}
            id={`${id}-amount`}
            onBlur={() => setChecked(true)}
            onValueChange={setCustom}
            ref={input}
          />
          {hint ? (
            <p className="tactful-recharge__hint" id={hintId}>
              {tr(hint)}
            </p>
          ) : null}
          {showError ? (
            <p className="tactful-recharge__error" id={errorId}>
              <ToneIcon tone="critical" />
              {tr(error)}
            </p>
          ) : null}
        </div>
      ) : null}
      {failure ? (
        <section
          aria-describedby={`${id}-failure-body`}
          aria-labelledby={`${id}-failure-title`}
          className="tactful-recharge__failure"
          data-tone="critical"
          ref={message}
          tabIndex={-1}
        >
          <ToneIcon tone="critical" />
          <div>
            <p className="tactful-recharge__failure-title" id={`${id}-failure-title`}>
              {tr(failure.title)}
            </p>
            <p id={`${id}-failure-body`}>{joinSentences(failure.body.map(tr), language)}</p>
          </div>
        </section>
      ) : null}
      <div className="tactful-recharge__actions">
        {props.notNow}
        <button
          aria-busy={busy || undefined}
          aria-disabled={busy || undefined}
          className="tactful-button"
          data-variant="primary"
          type="submit"
        >
          {tr(busy ? { key: 'recharge.processing' } : (failure?.retry ?? { key: 'recharge.actions.submit' }))}
        </button>
      </div>
    </form>
  );
}
