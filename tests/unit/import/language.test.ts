import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageDetector } from '../../../electron/core/import/language.js';
import { corpusDir } from '../../helpers/corpus.js';

interface Recorded {
  from: string;
  text: string;
  language: string;
  reliable: boolean;
  scores: Array<[string, number]>;
}
const recorded = (JSON.parse(readFileSync(new URL('../../fixtures/language/eld-2.1.0.json', import.meta.url), 'utf8')) as { samples: Recorded[] }).samples;

describe('language detection', () => {
  // patches/eld+2.1.0.patch makes eld's hot loops faster; a wrong language is worse than a slower
  // import, so it must not change a single answer.
  it('gives what eld 2.1.0 as published gave for every recorded sample: language, reliability, scores', async () => {
    const eld = await languageDetector();
    const now = recorded.map(({ text }) => {
      const r = eld.detect(text);
      return { language: r.language, reliable: r.isReliable(), scores: Object.entries(r.getScores()).slice(0, 3) };
    });
    expect(now).toEqual(recorded.map(({ language, reliable, scores }) => ({ language, reliable, scores })));
  });

  it('names the right language for every 400-character sample of the app catalogues in English, Spanish, French and Arabic', async () => {
    const eld = await languageDetector();
    const samples = recorded.filter((s) => s.from.startsWith('catalogue '));
    expect(samples.length).toBe(80);
    expect(samples.map((s) => detectLanguage(eld, s.text))).toEqual(samples.map((s) => s.from.slice('catalogue '.length)));
  });

  it('names English for the start of every sample article', async () => {
    const dir = corpusDir();
    if (!dir) return;
    const eld = await languageDetector();
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((f) => detectLanguage(eld, readFileSync(join(dir, f), 'utf8')))).toEqual(files.map(() => 'en'));
  });

  it('names no language for a caption too short to tell, nor from web addresses', async () => {
    const eld = await languageDetector();
    expect(detectLanguage(eld, 'Photo: AP')).toBeNull();
    // A Word file whose only text is a note citing a link: the address is no language's words.
    expect(detectLanguage(eld, '[1]\n\n[1] Example (http://www.example.com)')).toBeNull();
  });

  it('names the language of a paper that opens with its authors, affiliations and addresses, from its first paragraphs of prose', async () => {
    const eld = await languageDetector();
    const front = [
      'Andreas Gal ∗+, Brendan Eich ∗, Mike Shaver ∗, David Anderson ∗, David Mandelin ∗, Mohammad R. Haghighat $, Blake Kaplan ∗, Graydon Hoare ∗, Boris Zbarsky ∗, Jason Orendorff ∗, Jesse Ruderman ∗, Edwin Smith #, Rick Reitmaier #, Michael Bebenita +, Mason Chang +#, Michael Franz +',
      'Mozilla Corporation ∗ {gal,brendan,shaver,danderson,dmandelin,mrbkap,graydon,bz,jorendorff,jruderman}@mozilla.com',
      'Adobe Corporation # {edwsmith,rreitmai}@adobe.com',
      'Intel Corporation $ {mohammad.r.haghighat}@intel.com',
      'University of California, Irvine ⁺ {mbebenit,changm,franz}@uci.edu',
      'Abstract',
      'Dynamic languages such as JavaScript are more difficult to compile than statically typed ones. Since no concrete type information is available, traditional compilers need to emit generic code that can handle all possible type combinations at runtime.',
    ].join('\n\n');
    expect(detectLanguage(eld, front)).toBe('en');
  });
});
