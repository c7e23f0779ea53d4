export { type SafeLink, safeLink } from './safe-url';
