// The small text rules every format relies on: escaping, links, CSV formulas, code points.
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../../electron/core/export/csv.js';
import { esc, safeColor, slug } from '../../../electron/core/export/escape.js';
import { httpUrl } from '../../../electron/core/urls.js';
import { mdEscape } from '../../../electron/core/export/markdown.js';
import { toCodePoints } from '../../../electron/core/export/w3c.js';

describe('HTML escaping', () => {
  it('turns markup into text', () => {
    expect(esc(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });
  it('links only http and https', () => {
    expect(httpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
  });
  it('accepts only #rrggbb colours', () => {
    expect(safeColor('#A1B2C3')).toBe('#a1b2c3');
    expect(safeColor('red;background:url(http://x)')).toBe('#9e9e9e');
  });
  it('makes file names from any title', () => {
    expect(slug('Rafah crossing, May 2024')).toBe('rafah-crossing-may-2024');
    expect(slug('إغلاق المعبر')).toBe('إغلاق-المعبر');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('***')).toBe('gloss-export');
  });
});

describe('CSV formula neutralising', () => {
  it('prefixes cells a spreadsheet would run', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralise(risky)).toBe(`'${risky}`);
    for (const safe of ['plain', ' =1', '1-2', '']) expect(neutralise(safe)).toBe(safe);
  });
});

describe('Markdown escaping', () => {
  it('keeps article text from becoming markup', () => {
    expect(mdEscape('*not bold* [link](x) <b>')).toBe('\\*not bold\\* \\[link\\](x) \\<b>');
    expect(mdEscape('# not a heading\n- not a list')).toBe('\\# not a heading  \n\\- not a list');
  });
});

describe('UTF-16 offsets to code points', () => {
  it('counts astral characters once', () => {
    const text = 'a😀b👍🏽c𝒳d';
    const offsets = [0, 1, 3, 4, 8, 9, 11, 12];
    expect(toCodePoints(text, offsets)).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect([...text].slice(7, 8).join('')).toBe('d');
  });
  it('handles offsets in any order and at the end', () => {
    expect(toCodePoints('😀😀x', [5, 0, 2])).toEqual([3, 0, 1]);
  });
});
