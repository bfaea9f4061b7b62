// Arguments of an error message that each door shows in its person's language, where the core
// (which speaks no language) can only say what they are: a moment, as an ISO time, shown as a
// date and time; a tag, by stable id and stored name, shown as the person sees it (a built-in
// status or technique in their language); a list of tags, each so and with its id (what the CLI
// takes); a list of words (file types), joined with the language's "and". They cross the doors as they are, so `--json` and
// logs keep the ISO time and the ids.
import { formatMoment } from './format.js';
import { localTagName } from './builtinTaxonomies.js';
import type { MessageParams } from './keys.js';
import { localeOf, pickLanguage } from './languages.js';
import { bidiIsolated } from '../quote.js';
import type { Translator } from './translator.js';

export interface MomentParam {
  moment: string;
}
interface Tag {
  id: string;
  name: string;
}
export interface TagParam {
  tag: Tag;
}
export interface TagsParam {
  tags: Tag[];
}
export interface ListParam {
  list: string[];
}
export type ErrorParams = Record<string, string | number | MomentParam | TagParam | TagsParam | ListParam>;

/** The arguments as the message takes them, in the translator's language. */
export function messageParams(params: ErrorParams, translator: Translator): MessageParams {
  const language = pickLanguage(translator.language);
  const shown = (value: ErrorParams[string]): string | number => {
    if (typeof value !== 'object') return value;
    if ('moment' in value) return formatMoment(value.moment, language);
    if ('tag' in value) return localTagName(value.tag, translator);
    const words = 'list' in value ? value.list : value.tags.map((tag) => `${localTagName(tag, translator)} (${tag.id})`);
    return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(words);
  };
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, shown(value)]));
}

/**
 * The arguments with each that is words (a file's name, a list of file types, an address) set
 * apart (FSI…PDI), for a window: the sentence around it cannot reorder it (".pdf" drawn "pdf." in
 * Arabic). Not numbers, nor an argument the message chooses its words by ({what, select, …}).
 */
export function isolatedParams(params: MessageParams, template: string): MessageParams {
  const chosenBy = new Set([...template.matchAll(/\{\s*(\w+)\s*,\s*select\s*,/g)].map((m) => m[1]));
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && !chosenBy.has(name) ? bidiIsolated(value) : value]));
}
