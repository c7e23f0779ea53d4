import type { ProviderRules } from './provider-rules';

/**
 * Azure OpenAI words its limits in prose ("exceeded call rate limit of your current OpenAI S0 pricing
 * tier. Please retry after 3 seconds"), which the meaning and retry rules read; it only needs recognising.
 */
export const azure: ProviderRules = { id: 'azure', hints: ['azure', 'aka.ms/oai'] };
