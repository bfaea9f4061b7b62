// The keys of a catalogue as a type ("import.emptyFile"), from the English JSON: code that names
// a key English does not have does not compile.
export type KeysOf<C, Prefix extends string = ''> = {
  [K in keyof C & string]: C[K] extends string ? `${Prefix}${K}` : KeysOf<C[K], `${Prefix}${K}.`>;
}[keyof C & string];

/** The arguments of a message: `{name}` strings and `{count, plural, …}` numbers. */
export type MessageParams = Record<string, string | number>;
