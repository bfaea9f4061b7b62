// A file of Gloss's JSON (an exchange, assignment or answers file) that opens its object and
// never closes it was cut short: a download or a copy that did not finish. Said as that, not as
// "not JSON" or "not UTF-8" (a cut can fall inside a character), so the person asks for it again.
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function cutShort(bytes: Uint8Array): boolean {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && SPACE.has(bytes[start]!)) start++;
  let end = bytes.length - 1;
  while (end > start && SPACE.has(bytes[end]!)) end--;
  return bytes[start] === 0x7b && bytes[end] !== 0x7d; // { … without its }
}
