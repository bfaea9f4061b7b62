// Money: the currency of a figure, from its sign, code or word.

export type Currency = 'USD' | 'EUR' | 'GBP' | 'INR' | 'ILS';
/** The currency of a sign before the digits ("Rs 500 crore") or a word after them ("500 euros"). */
export function currencyOf(written: string): Currency {
  if (/€|euro|EUR/i.test(written)) return 'EUR';
  if (/£|pound|libra|livre|GBP/i.test(written)) return 'GBP';
  if (/₹|^rs\.?$|rupee|INR/i.test(written.trim())) return 'INR';
  if (/₪|NIS|shekel|ILS/i.test(written)) return 'ILS';
  return 'USD';
}
export const CURRENCY_THING: Record<Currency, string> = { USD: 'dollars', EUR: 'euros', GBP: 'pounds', INR: 'rupees', ILS: 'shekels' };
