export type { Amount, Money, Quantity } from './money';
export { formatMoney, isMoney, minorDigits, money, toMajor } from './money';
export { formatMoneyInput, type MoneyConventions, moneyConventions } from './money-conventions';
export type { MoneyInputOptions, MoneyInputProblem, MoneyInputResult } from './parse-money-input';
export { parseMoneyInput } from './parse-money-input';
