// Names and short ids a person types, turned into the ids the API takes.
import type { Collection, Tag, Taxonomy } from '../../shared/model.js';
import type { Call } from './command.js';
import { CliError, fail } from './errors.js';

/** A full article id, or a prefix of exactly one (as git resolves commit ids). */
export async function resolveArticleId(call: Call, given: string): Promise<string> {
  try {
    return (await call('articles.get', { id: given })).id;
  } catch (e) {
    if (!(e instanceof CliError) || (e.error.code !== 'not_found' && e.error.code !== 'invalid_input')) throw e;
  }
  const prefix = given.toLowerCase();
  const matches = (await call('articles.list', {})).filter((a) => a.id.toLowerCase().startsWith(prefix));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) fail('not_found', 'cli.noArticleId', { id: given });
  const list = matches.slice(0, 10).map((a) => `  ${a.id}  ${a.title}`).join('\n');
  fail('invalid_input', 'cli.ambiguousArticleId', { id: given, count: matches.length, list, more: Math.max(0, matches.length - 10) });
}

export async function findCollection(call: Call, nameOrId: string): Promise<Collection | undefined> {
  const all = await call('collections.list', {});
  const folded = nameOrId.trim().toLowerCase();
  return all.find((c) => c.id === nameOrId) ?? all.find((c) => c.name.trim().toLowerCase() === folded);
}

export async function requireCollection(call: Call, nameOrId: string): Promise<Collection> {
  const found = await findCollection(call, nameOrId);
  if (!found) fail('not_found', 'cli.noCollection', { name: nameOrId });
  return found;
}

/** A name as a person types it in a slug: "Mostly true" and "mostly-true" are the same. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** A tag by id, name or slug of either ("mostly-true" for status:mostly-true), ignoring case. */
export function resolveTag(taxonomies: Taxonomy[], kind: Taxonomy['kind'], given: string): Tag {
  const tags = taxonomies.filter((t) => t.kind === kind).flatMap((t) => t.tags);
  const byId = tags.find((t) => t.id === given) ?? tags.find((t) => t.id.toLowerCase() === given.trim().toLowerCase());
  if (byId) return byId;
  const wanted = slug(given);
  const byName = tags.filter((t) => slug(t.name) === wanted || slug(t.id.slice(t.id.indexOf(':') + 1)) === wanted);
  const live = byName.filter((t) => !t.removed);
  if (live.length === 1 || (live.length === 0 && byName.length === 1)) return (live[0] ?? byName[0])!;
  if (byName.length > 1) {
    fail('invalid_input', 'cli.ambiguousTag', { given, kind, count: byName.length, list: byName.map((t) => `  ${t.id}  ${t.name}`).join('\n') });
  }
  const names = tags.filter((t) => !t.removed).map((t) => t.name);
  fail('not_found', 'cli.noTag', { given, kind, names: names.join(', ') });
}

export function tagNames(taxonomies: Taxonomy[]): Map<string, string> {
  return new Map(taxonomies.flatMap((t) => t.tags.map((tag) => [tag.id, tag.name] as const)));
}
