// How the command line is read before parsing: common options before the command, and option
// values that start with a dash.
import { describe, expect, it } from 'vitest';
import { commonOptionsLast, joinOptionValues } from '../../../electron/cli/main.js';

describe('the command line before parsing', () => {
  it('moves --data-dir and --json given before the command after it', () => {
    expect(commonOptionsLast(['--json', '--data-dir', '/lib', 'list', '--limit', '3'])).toEqual(['list', '--limit', '3', '--json', '--data-dir', '/lib']);
    expect(commonOptionsLast(['--data-dir=/lib', 'show', 'ab'])).toEqual(['show', 'ab', '--data-dir=/lib']);
    expect(commonOptionsLast(['list', '--json'])).toEqual(['list', '--json']);
  });

  it('gives an option that takes a value the next argument, whatever it starts with', () => {
    const options = { note: { type: 'string' }, json: { type: 'boolean' }, tag: { type: 'string', multiple: true } } as const;
    expect(joinOptionValues(['ID', '--note', '-3 days', '--json'], options)).toEqual(['ID', '--note=-3 days', '--json']);
    expect(joinOptionValues(['--tag', '--x', '--tag', 'b'], options)).toEqual(['--tag=--x', '--tag=b']);
    expect(joinOptionValues(['--json', '--', '--note', 'x'], options)).toEqual(['--json', '--', '--note', 'x']);
    expect(joinOptionValues(['--note'], options)).toEqual(['--note']);
  });
});
