// Option values that are numbers, checked the way the rest of the command line is.
import { UsageError } from '../errors.js';

export function positiveInt(value: string, option: string, command: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError({ key: 'usage.positiveInt', params: { option, value } }, command);
  }
  return n;
}
