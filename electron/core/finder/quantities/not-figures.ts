// Numbers that are not counts: names ("Resolution 2728", "F-16"), decades and ages.

/** "Resolution 2728", "Article 51", "Route 60", "No. 10", "F-16", "G7", "COP28", "2023-24": a name, not a count. */
export const NAME_BEFORE_NUMBER = /(?:\b(?:1[89]|20)\d\d[-–/]|\b(?:resolution|article|route|highway|road|flight|chapter|section|paragraph|clause|gate|building|block|phase|level|room|platform|terminal)\s|\bNo\.\s?|\p{L}-?)$/iu;
/** "in his 70s", "the '80s": a decade. */
export const DECADE = /^['’]?s\b/;
/** "a 13-year-old", "13 years old", "aged 6", "The boy, 13, was killed": an age, not a count. */
export function isAge(text: string, start: number, end: number, value: number): boolean {
  const [before, after] = [text.slice(0, start), text.slice(end)];
  if (/^[ -](?:year|month|week|day)s?[ -]old\b/i.test(after) || /\baged? $/i.test(before)) return true;
  // Between commas after a name or a person ("Mohammed Ahmed, 32,"), not after a place ("In the north, 30,").
  const apposition = /(?:^|[,;:(]\s*)([^,;:(]*\p{L}), $/u.exec(before)?.[1];
  return Boolean(apposition && !PLACE.test(apposition)) && after.startsWith(',') && Number.isInteger(value) && value <= 120;
}
const PLACE = /^\s*(?:in|at|on|from|by|for|across|near|inside|outside|within|throughout|over|during|since|of)\b/i;
