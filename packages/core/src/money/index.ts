export type { Amount, Money, Quantity } from './money';
export { formatMoney, isMoney, minorDigits, money, toMajor } from './money';
