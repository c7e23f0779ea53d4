import { formatMoney, isFinalStatus, type StorageAdapter } from '@tactful/core';
import {
  type BalanceState,
  LowBalanceBanner,
  ResumePrompt,
  StatusBanner,
  TactfulProvider,
  useBalance,
  usePendingIntents,
} from '@tactful/react';
import type { i18n } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppConfig, fetchBalance, type TestCard } from './api';
import { balanceThresholds, rechargeSettings, useCheckout, useReplayWhenFunded } from './billing';
import { AccountPanel } from './components/AccountPanel';
import { Composer } from './components/Composer';
import { DemoControls } from './components/DemoControls';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { Results } from './components/Results';
import { APP_NS } from './i18n';
import { readStoredTask, TASK_IDS, taskLabel } from './tasks';
import { useAssistantTasks } from './useAssistantTasks';

export interface AppProps {
  readonly i18n: i18n;
  readonly config: AppConfig;
  /** Whether the server answered at start; the page says so when it did not. */
  readonly serverReachable: boolean;
  /** Where tasks blocked on billing wait across reloads, shared by the tabs. */
  readonly storage: StorageAdapter;
}

/** A local server: reading the balance every few seconds costs nothing and keeps every tab current. */
const BALANCE_POLL_MS = 3_000;

/** The kit set up as a customer would: copy, storage, the checkout, who may pay, the balance shown. */
export function App({ i18n, config, serverReachable, storage }: AppProps) {
  const [notAdmin, setNotAdmin] = useState(false);
  const [card, setCard] = useState<TestCard>('good');
  const thresholds = useMemo(() => balanceThresholds(config), [config]);
  const balance = useBalance({ read: fetchBalance, thresholds, interval: BALANCE_POLL_MS });
  const onRecharge = useCheckout(card, balance.refresh);
  const recharge = useMemo(() => rechargeSettings(config), [config]);
  return (
    <TactfulProvider
      balance={balance.balance ?? undefined}
      canManageBilling={!notAdmin}
      i18n={i18n}
      onRecharge={onRecharge}
      recharge={recharge}
      storage={storage}
    >
      <Page
        balance={balance}
        card={card}
        config={config}
        notAdmin={notAdmin}
        onCardChange={setCard}
        onNotAdminChange={setNotAdmin}
        serverReachable={serverReachable}
      />
    </TactfulProvider>
  );
}

interface PageProps {
  readonly balance: BalanceState;
  readonly config: AppConfig;
  readonly serverReachable: boolean;
  readonly notAdmin: boolean;
  readonly onNotAdminChange: (notAdmin: boolean) => void;
  readonly card: TestCard;
  readonly onCardChange: (card: TestCard) => void;
}

function Page({ balance, config, serverReachable, ...account }: PageProps) {
  const { t, i18n } = useTranslation(APP_NS);
  useReplayWhenFunded(balance.monitor);
  const tasks = useAssistantTasks(balance.refresh);
  const pending = usePendingIntents();
  // The sample notes follow the language until the user writes their own.
  const [notes, setNotes] = useState<string>();
  const text = notes ?? t('compose.sample');
  const fundsBannerShown = TASK_IDS.some(
    (task) =>
      tasks.intents[task].viewModel?.kind === 'insufficient_funds' &&
      !isFinalStatus(tasks.intents[task].status),
  );

  return (
    <div className="app">
      <header className="app__header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="app__tagline">
            {t('app.tagline', { price: formatMoney(config.taskPrice, i18n.language) })}
          </p>
        </div>
        <LanguageSwitcher />
      </header>
      <div className="app__layout">
        <main className="app__main">
          <div className="app__banners">
            {serverReachable ? null : <p className="app__unreachable">{t('app.unreachable')}</p>}
            <StatusBanner />
            {/* A task's own banner already says the funds ran out, naming the task, with the same way to
                add them (which also replays it): a second banner would repeat the fact and the button. */}
            {fundsBannerShown ? null : <LowBalanceBanner snapshot={balance} />}
            <ResumePrompt
              label={(intent) => {
                const stored = readStoredTask(intent.data);
                return stored && taskLabel(stored.task);
              }}
              onDiscard={pending.discard}
              onResume={tasks.resume}
              pending={pending.intents}
            />
          </div>
          <Composer
            intents={tasks.intents}
            notes={text}
            onNotesChange={setNotes}
            onStart={(task) => tasks.start(task, text)}
          />
          <Results answers={tasks.answers} intents={tasks.intents} />
        </main>
        <aside className="app__side">
          <AccountPanel balance={balance} {...account} />
          <DemoControls onBalanceChanged={balance.refresh} taskPrice={config.taskPrice} />
        </aside>
      </div>
    </div>
  );
}
