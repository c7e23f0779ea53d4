import { BalanceMeter, type BalanceState, useTactful } from '@tactful/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestCard } from '../api';
import { APP_NS } from '../i18n';

export interface AccountPanelProps {
  readonly balance: BalanceState;
  readonly notAdmin: boolean;
  readonly onNotAdminChange: (notAdmin: boolean) => void;
  readonly card: TestCard;
  readonly onCardChange: (card: TestCard) => void;
}

const CARDS: readonly TestCard[] = ['good', 'declined'];

/**
 * The balance (the kit's meter), a way to add funds at any time (the kit's dialog, or the message for an
 * admin), who the user is, and which test card the checkout charges.
 */
export function AccountPanel({ balance, notAdmin, onNotAdminChange, card, onCardChange }: AccountPanelProps) {
  const { t } = useTranslation(APP_NS);
  const tactful = useTactful();
  const id = useId();
  const action = notAdmin ? 'ask_admin' : 'add_funds';
  return (
    <>
      <section aria-labelledby={`${id}-balance`} className="panel account">
        <h2 id={`${id}-balance`}>{t('balance.heading')}</h2>
        <BalanceMeter snapshot={balance} />
        {tactful.translate ? (
          <button
            className="button"
            data-action={action}
            data-variant="secondary"
            onClick={() => tactful.perform(action, undefined, 'insufficient_funds')}
            type="button"
          >
            {tactful.translate({ key: `actions.${action}` })}
          </button>
        ) : null}
      </section>
      <section aria-labelledby={`${id}-billing`} className="panel billing">
        <h2 id={`${id}-billing`}>{t('billing.heading')}</h2>
        <div className="check">
          <input
            aria-describedby={`${id}-admin-hint`}
            checked={notAdmin}
            id={`${id}-admin`}
            onChange={(event) => onNotAdminChange(event.target.checked)}
            type="checkbox"
          />
          <label htmlFor={`${id}-admin`}>{t('billing.not_admin')}</label>
        </div>
        <p className="hint" id={`${id}-admin-hint`}>
          {t('billing.not_admin_hint')}
        </p>
        <fieldset aria-describedby={`${id}-card-hint`} className="cards">
          <legend>{t('billing.card_legend')}</legend>
          <p className="hint" id={`${id}-card-hint`}>
            {t('billing.card_hint')}
          </p>
          {CARDS.map((choice) => (
            <label className="choice" key={choice}>
              <input
                checked={card === choice}
                name={`${id}-card`}
                onChange={() => onCardChange(choice)}
                type="radio"
                value={choice}
              />
              {t(`billing.card_${choice}`)}
            </label>
          ))}
        </fieldset>
      </section>
    </>
  );
}
