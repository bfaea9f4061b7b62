import { httpUrl } from '../urls.js';

/**
 * A web address as the linked-data formats (W3C, ClaimReview) write it: normalised as httpUrl
 * does, then with the characters a URL parser leaves as they are but an IRI may not hold
 * encoded (encodeIriUnsafe).
 */
export function webIri(value: string | null | undefined): string | null {
  const url = httpUrl(value);
  return url && encodeIriUnsafe(url);
}

/**
 * Percent-encodes `{ } | ^ \` and the backquote, which a URL parser keeps in a query (and some in
 * a path) but RDF readers refuse in an IRI; a server reads the encoded form as the same address.
 */
export function encodeIriUnsafe(url: string): string {
  return url.replace(/[{}|^`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
