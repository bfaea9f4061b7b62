// Rates ("5 trucks a day") and the period a rate names ("before the war").
import type { Quantity } from '../../../../shared/model.js';

/** "5 trucks a day", "500 trucks per day", "100 trucks daily", "$2bn a year", but not "in a day" or "a week ago". */
const PER = /^(?:\s+(?!(?:in|within|for|over|on|of|one|single)\b)[\p{L}-]+){0,3}?\s+(?:(?:a|per|each|every)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later))|(daily|weekly|monthly|yearly|annually)\b)/iu;
const PER_WORD: Record<string, Quantity['per']> = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year' };
function perOf(after: string): Quantity['per'] {
  const m = PER.exec(after);
  return m ? ((m[1]?.toLowerCase() as Quantity['per']) ?? PER_WORD[m[2]!.toLowerCase()]!) : null;
}
/** The period a rate is of when the text names one: "before the war", "last month", "in January". */
const PERIOD = /\b(?:(?:before|after|since|until|during|throughout|prior to)\s+(?:the\s+)?[\p{L}\d-]+|(?:last|this|previous|past)\s+(?:day|week|month|year|weekend|\p{L}+day)s?|in\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Octo|Novem|Decem)ber|\d{4})|pre-?war)\b/iu;

/** Whether a figure is a rate, from the words `after` it, and the period it names in the words `around` it. */
export function rateOf(after: string, around: string): Pick<Quantity, 'per' | 'period'> {
  const per = perOf(after);
  return { per, period: per ? (PERIOD.exec(around)?.[0] ?? null) : null };
}
