/** Display names of the providers the kit recognises, for `{{provider}}` in the copy. */
const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  // The id covers Gemini, Vertex AI, Cloud billing and Google's older JSON APIs alike: naming one would
  // tell a Maps or Cloud user that a product they never used has failed.
  google: 'Google',
  aws: 'AWS',
  stripe: 'Stripe',
  deepseek: 'DeepSeek',
  openrouter: 'OpenRouter',
  github: 'GitHub',
  twilio: 'Twilio',
  azure: 'Azure OpenAI',
  cohere: 'Cohere',
  mistral: 'Mistral AI',
  groq: 'Groq',
  replicate: 'Replicate',
  elevenlabs: 'ElevenLabs',
  together: 'Together AI',
  fireworks: 'Fireworks AI',
  perplexity: 'Perplexity',
  xai: 'xAI',
  resend: 'Resend',
  sendgrid: 'SendGrid',
};

/** The display name of a lower-case provider id ("openai" → "OpenAI"); undefined for ids it does not know. */
export function providerName(id: string): string | undefined {
  return Object.hasOwn(PROVIDER_NAMES, id) ? PROVIDER_NAMES[id] : undefined;
}
