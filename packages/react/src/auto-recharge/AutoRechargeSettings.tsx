import {
  type AutoRechargeField,
  type AutoRechargeLimits,
  type AutoRechargeMethod,
  type AutoRechargeValidation,
  autoRechargeSummary,
  joinSentences,
  type AutoRechargeSettings as Settings,
} from '@tactful/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useCopy } from '../copy/useCopy';
import { Button } from '../primitives/Button';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';
import { MoneyField } from './MoneyField';
import { PaymentMethodStatus } from './PaymentMethodStatus';
import { useAutoRechargeForm } from './use-auto-recharge-form';

export interface AutoRechargeSettingsProps {
  /** Controlled settings; with `onChange`. */
  readonly value?: Settings | undefined;
  /** Uncontrolled: the settings to start from. Off and empty by default. */
  readonly defaultValue?: Settings | undefined;
  /** Every change, with its validation (amounts that cannot be read are NaN, empty ones null). */
  readonly onChange?: ((settings: Settings, validation: AutoRechargeValidation) => void) | undefined;
  /** The currency and the smallest and largest charge the app allows. */
  readonly limits: AutoRechargeLimits;
  /** Saves valid settings; the button shows progress until it settles. Not called while anything needs changing. */
  readonly onSave?: ((settings: Settings) => Promise<unknown> | unknown) | undefined;
  readonly onUpdatePaymentMethod?: (() => void) | undefined;
  readonly updatePaymentMethodHref?: string | undefined;
  /** How amounts are read and written; the copy's language by default. */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'unsaved';

const METHODS: readonly AutoRechargeMethod[] = ['target', 'fixed'];

/**
 * Auto-recharge settings: on or off, the balance that starts a recharge, "refill to a target" or "add
 * a fixed amount" and its amount, an optional monthly limit, the payment method's state, and one
 * sentence saying what will happen. Messages come from `validateAutoRecharge` as copy, once a field
 * is left or the form submitted. Controlled (`value`, `onChange`) or not (`defaultValue`).
 */
export const AutoRechargeSettings = withCopy(function AutoRechargeSettings({
  value,
  defaultValue,
  onChange,
  limits,
  onSave,
  onUpdatePaymentMethod,
  updatePaymentMethodHref,
  locale,
  className,
}: AutoRechargeSettingsProps) {
  const { tr, language } = useCopy();
  const announce = useOptionalTactful()?.announce;
  const form = useAutoRechargeForm({ value, defaultValue, onChange, limits });
  const { settings } = form;
  const [submitted, setSubmitted] = useState(false);
  const [save, setSave] = useState<SaveState>('idle');
  const inputs = useRef<Partial<Record<AutoRechargeField, HTMLInputElement | null>>>({});
  const id = useId();
  const summary = autoRechargeSummary(settings);
  const currency = limits.currency;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save === 'saving') return;
    setSubmitted(true);
    if (!form.validation.valid) {
      // The user asked to save: take them to the first thing to change.
      const first = form.validation.issues[0]?.field;
      if (first) inputs.current[first]?.focus();
      return;
    }
    setSave('saving');
    try {
      await onSave?.(settings);
      setSave('saved');
      announce?.(tr({ key: 'autoRecharge.saved' }), 'polite');
    } catch {
      setSave('unsaved');
      announce?.(tr({ key: 'autoRecharge.save_failed' }), 'assertive');
    }
  };

  const field = (name: AutoRechargeField, label: string, help?: string) => (
    <MoneyField
      currency={currency}
      help={help ? { key: help } : undefined}
      issue={form.issueOf(name, submitted)}
      key={`${name}-${form.generation}`}
      label={{ key: label }}
      locale={locale}
      name={name}
      onBlur={() => form.touch(name)}
      onValueChange={(result) => {
        if (save !== 'saving') setSave('idle');
        form.setAmount(name, result);
      }}
      ref={(element) => {
        inputs.current[name] = element;
      }}
      value={settings[name]}
    />
  );

  return (
    <form
      aria-busy={save === 'saving' || undefined}
      className={`tactful-auto-recharge${className ? ` ${className}` : ''}`}
      data-enabled={settings.enabled}
      data-state={save}
      noValidate
      onSubmit={submit}
    >
      <fieldset className="tactful-auto-recharge__group">
        <legend className="tactful-auto-recharge__legend">{tr({ key: 'autoRecharge.title' })}</legend>
        <label className="tactful-auto-recharge__toggle">
          <input
            checked={settings.enabled}
            className="tactful-choice"
            onChange={(event) => {
              setSave('idle');
              form.update({ ...settings, enabled: event.target.checked });
            }}
            type="checkbox"
          />
          {tr({ key: 'autoRecharge.enabled_label' })}
        </label>
        <fieldset className="tactful-auto-recharge__details" disabled={!settings.enabled}>
          {field('threshold', 'autoRecharge.threshold_label', 'autoRecharge.threshold_help')}
          <fieldset className="tactful-auto-recharge__method">
            <legend className="tactful-auto-recharge__label">
              {tr({ key: 'autoRecharge.method_label' })}
            </legend>
            {METHODS.map((method) => (
              <label className="tactful-auto-recharge__choice" key={method}>
                <input
                  checked={settings.method === method}
                  className="tactful-choice"
                  name={`${id}-method`}
                  onChange={() => {
                    setSave('idle');
                    form.update({ ...settings, method });
                  }}
                  type="radio"
                  value={method}
                />
                {tr({ key: `autoRecharge.method_${method}` })}
              </label>
            ))}
          </fieldset>
          {settings.method === 'target'
            ? field('amount', 'autoRecharge.target_label')
            : field('amount', 'autoRecharge.amount_label', 'autoRecharge.amount_help')}
          {field('monthlyCap', 'autoRecharge.cap_label', 'autoRecharge.cap_help')}
        </fieldset>
        {summary.length > 0 ? (
          <p className="tactful-auto-recharge__summary" id={`${id}-summary`}>
            {joinSentences(summary.map(tr), language)}
          </p>
        ) : null}
        {settings.paymentMethod ? (
          <PaymentMethodStatus
            onUpdate={onUpdatePaymentMethod}
            paymentMethod={settings.paymentMethod}
            updateHref={updatePaymentMethodHref}
          />
        ) : null}
      </fieldset>
      <div className="tactful-auto-recharge__footer">
        <Button
          aria-describedby={summary.length > 0 ? `${id}-summary` : undefined}
          aria-disabled={save === 'saving' || undefined}
          type="submit"
          variant="primary"
        >
          {tr({ key: save === 'saving' ? 'autoRecharge.saving' : 'autoRecharge.save' })}
        </Button>
        {save === 'saved' || save === 'unsaved' ? (
          <p className="tactful-auto-recharge__saved" data-state={save}>
            {tr({ key: save === 'saved' ? 'autoRecharge.saved' : 'autoRecharge.save_failed' })}
          </p>
        ) : null}
      </div>
    </form>
  );
});
