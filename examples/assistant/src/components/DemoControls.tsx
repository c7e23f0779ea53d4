import { type Money, providerName } from '@tactful/core';
import { useTactful } from '@tactful/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoControls, ERROR_SHAPES, type ErrorShape } from '../api';
import { APP_NS } from '../i18n';

export interface DemoControlsProps {
  readonly taskPrice: Money;
  /** Read the balance again after changing it. */
  readonly onBalanceChanged: () => unknown;
}

const RATE_LIMIT_SECONDS = 3;

/** The server's switch, for trying the demo by hand: an empty or low balance, a rate limit, an outage. */
export function DemoControls({ taskPrice, onBalanceChanged }: DemoControlsProps) {
  const { t } = useTranslation(APP_NS);
  const { announce } = useTactful();
  const id = useId();
  const [shape, setShape] = useState<ErrorShape>('openai');
  useEffect(() => {
    demoControls.errorShape().then(
      (current) => current && setShape(current),
      () => {},
    );
  }, []);
  const apply =
    (change: () => Promise<unknown>, balanceChanged = false) =>
    () => {
      change().then(
        () => {
          if (balanceChanged) void onBalanceChanged();
          announce(t('controls.applied'), 'polite');
        },
        () => announce(t('controls.unavailable'), 'polite'),
      );
    };
  const buttons = [
    { name: 'empty', run: apply(() => demoControls.setBalance({ ...taskPrice, minor: 0 }), true) },
    {
      name: 'low',
      run: apply(() => demoControls.setBalance({ ...taskPrice, minor: taskPrice.minor * 2 }), true),
    },
    { name: 'rate_limit', run: apply(() => demoControls.injectRateLimit(RATE_LIMIT_SECONDS)) },
    { name: 'outage', run: apply(() => demoControls.injectOutage()) },
  ] as const;
  return (
    <section aria-labelledby={`${id}-heading`} className="panel controls">
      <h2 id={`${id}-heading`}>{t('controls.heading')}</h2>
      <p className="hint">{t('controls.intro')}</p>
      <div className="controls__buttons">
        {buttons.map(({ name, run }) => (
          <button
            className="button"
            data-control={name}
            data-variant="secondary"
            key={name}
            onClick={run}
            type="button"
          >
            {t(`controls.${name}`)}
          </button>
        ))}
      </div>
      <label className="field-label" htmlFor={`${id}-shape`}>
        {t('controls.shape_label')}
      </label>
      <select
        id={`${id}-shape`}
        onChange={(event) => {
          const chosen = ERROR_SHAPES.find((known) => known === event.target.value);
          if (!chosen) return;
          setShape(chosen);
          apply(() => demoControls.setErrorShape(chosen))();
        }}
        value={shape}
      >
        {ERROR_SHAPES.map((shape) => (
          <option key={shape} value={shape}>
            {providerName(shape) ?? shape}
          </option>
        ))}
      </select>
    </section>
  );
}
