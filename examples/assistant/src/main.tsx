import '@tactful/react/styles.css';
import './app.css';
import { localStorageAdapter } from '@tactful/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { FALLBACK_CONFIG, fetchConfig } from './api';
import { createAppI18n, initialLanguage } from './i18n';

/** Copy and prices first, so the first paint is already in the reader's language with real figures. */
async function start(root: HTMLElement): Promise<void> {
  const [i18n, server] = await Promise.all([
    createAppI18n(initialLanguage()),
    fetchConfig().then(
      (config) => ({ config, reachable: true }),
      () => ({ config: FALLBACK_CONFIG, reachable: false }),
    ),
  ]);
  createRoot(root).render(
    <StrictMode>
      <App
        config={server.config}
        i18n={i18n}
        serverReachable={server.reachable}
        storage={localStorageAdapter()}
      />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
