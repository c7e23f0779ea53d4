import { anthropic } from './anthropic';
import { aws } from './aws';
import { azure } from './azure';
import { deepseek } from './deepseek';
import { github } from './github';
import { google } from './google';
import { openai } from './openai';
import { openrouter } from './openrouter';
import type { ProviderRules } from './provider-rules';
import { stripe } from './stripe';
import { twilio } from './twilio';

/**
 * The built-in providers, one module each. Stripe comes first: its card codes reuse words
 * (`insufficient_funds`) that mean the caller's balance everywhere else. Adding a provider is adding
 * a module and listing it here.
 */
export const PROVIDERS: readonly ProviderRules[] = [
  stripe,
  openrouter,
  azure,
  openai,
  anthropic,
  google,
  aws,
  deepseek,
  github,
  twilio,
];
