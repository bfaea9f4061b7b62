// Korean writes a noun's particles and endings onto it ("서울에서", in Seoul; "돈을", money as an
// object), so search looks for a Korean word as the start of a word. A word of one syllable is
// the start of too many others ("돈", money, of "돈바스", Donbas): it is looked for alone or
// with a particle after it, from this list; alone, it is searched even as it is typed, as one
// Chinese character is (`isSearchedAlone` in shared/ideographs.ts).

export const HANGUL = /\p{sc=Hangul}/u;

/** Case and auxiliary particles, alone and in the pairs news writes most, and the copula's common forms. */
export const PARTICLES: readonly string[] = [
  '이', '가', '을', '를', '은', '는', '의', '에', '에서', '에게', '에게서', '께', '께서', '한테', '로', '으로',
  '와', '과', '도', '만', '까지', '부터', '보다', '처럼', '마다', '이나', '나', '이랑', '랑', '조차', '마저',
  '밖에', '뿐', '이든', '든', '이라도', '라도', '에는', '에도', '에서는', '에서도', '에서의', '에게는', '으로는',
  '로는', '으로도', '로도', '으로서', '로서', '으로써', '로써', '과의', '와의', '과는', '와는', '까지는',
  '부터는', '만은', '만을', '만이', '이다', '이었다', '였다', '이고', '이며', '인', '이라는', '라는', '이란', '란',
];
