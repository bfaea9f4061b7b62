// `gloss`: the library from a terminal. A thin door: parse the command line, call the
// same API every other door calls (dispatch), print the result.
import { parseArgs } from 'node:util';
import type { MethodName } from '../../shared/contract/index.js';
import { spokenLanguage } from '../../shared/i18n/languages.js';
import type { ApiError } from '../../shared/result.js';
import type { Core } from '../core/api.js';
import { GlossError, knownFailure, type ErrorText } from '../core/errors.js';
import { defaultDataDir } from '../core/paths.js';
import { APP_VERSION } from '../core/version.js';
import type { Call, Command, OptionSpecs, Values } from './command.js';
import { commands, findCommand } from './commands/index.js';
import { CliError, UsageError } from './errors.js';
import { errorText, langOption, localeLanguage, spokenLanguages, t, useLanguage } from './i18n.js';
import { stdOutput, type Output } from './output.js';

const commonOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[]): Promise<number> {
  const out = stdOutput(argv.includes('--json'));
  try {
    useLanguage(localeLanguage(process.env));
    const lang = langOption(argv, (name) => 'lang' in (findCommand(name)?.options ?? {}));
    if (lang !== undefined) {
      const chosen = spokenLanguage(lang);
      if (!chosen) throw new UsageError({ key: 'usage.unknownLanguage', params: { lang, languages: spokenLanguages } });
      useLanguage(chosen);
    }
    return await runCommandLine(argv, out);
  } catch (e) {
    return reportError(e, out);
  }
}

/**
 * The common options may come before the command (`gloss --json list`): they are moved after it.
 * Only the ones that cannot be mistaken for a command are: --data-dir DIR and --json. A --lang TAG
 * there has been read already (main) and is dropped: after `edit` it would name the article's language.
 */
export function commonOptionsLast(argv: string[]): string[] {
  const leading: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json' || arg.startsWith('--data-dir=')) leading.push(arg);
    else if (arg === '--data-dir' && i + 1 < argv.length) leading.push(arg, argv[++i]!);
    else if (arg.startsWith('--lang=')) continue;
    else if (arg === '--lang' && i + 1 < argv.length) i++;
    else break;
  }
  return [...argv.slice(i), ...leading];
}

/**
 * `--note -3` is refused by parseArgs as ambiguous: an option that takes a value takes the next
 * argument whatever it starts with, so it is joined to it (`--note=-3`) before parsing.
 */
export function joinOptionValues(args: string[], options: OptionSpecs): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [...out, ...args.slice(i)];
    const spec = arg.startsWith('--') && !arg.includes('=') ? options[arg.slice(2)] : undefined;
    if (spec?.type === 'string' && i + 1 < args.length) out.push(`${arg}=${args[++i]!}`);
    else out.push(arg);
  }
  return out;
}

async function runCommandLine(argv: string[], out: Output): Promise<number> {
  const [first, ...rest] = commonOptionsLast(argv);
  if (first === undefined) throw new UsageError({ key: 'usage.noCommand' });
  if (first === '--help' || first === '-h') {
    out.line(generalHelp());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-V') {
    out.line(APP_VERSION);
    return EXIT_OK;
  }
  if (first === 'help') {
    const [name, ...extra] = rest;
    if (extra.length) throw new UsageError({ key: 'usage.unexpectedArgument', params: { argument: extra[0]! } });
    if (name === undefined) {
      out.line(generalHelp());
      return EXIT_OK;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError({ key: 'usage.unknownCommand', params: { command: name } });
    out.line(commandHelp(command));
    return EXIT_OK;
  }
  const command = findCommand(first);
  if (!command) {
    throw new UsageError(
      first.startsWith('-') ? { key: 'usage.unknownOption', params: { option: first } } : { key: 'usage.unknownCommand', params: { command: first } },
    );
  }

  const options = { ...commonOptions, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({
      args: joinOptionValues(rest, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(parseArgsError(e as NodeJS.ErrnoException), command.name);
  }
  const { values, positionals } = parsed as { values: Values<OptionSpecs> & { help?: boolean; 'data-dir'?: string }; positionals: string[] };
  if (values.help) {
    out.line(commandHelp(command));
    return EXIT_OK;
  }
  const [min, max] = command.positionals;
  if (positionals.length < min) throw new UsageError({ key: 'usage.missingArgument' }, command.name);
  if (positionals.length > max) throw new UsageError({ key: 'usage.unexpectedArgument', params: { argument: positionals[max]! } }, command.name);

  const dataDir = values['data-dir'] ?? defaultDataDir();
  // The core (and its dependencies) load only when a command first calls it: help stays quick.
  let opening: Promise<Core> | undefined;
  let progress: ((done: number, total: number) => void) | null = null;
  const openLibrary = async () => {
    const { openCore } = await import('../core/api.js');
    return openCore(dataDir, (event, payload) => {
      if (event === 'import.progress' && progress) {
        const p = payload as { done: number; total: number };
        progress(p.done, p.total);
      }
    }).catch((e: unknown) => {
      // Opening can be refused (damaged, newer than this Gloss): a message, not a crash.
      throw e instanceof GlossError ? new CliError(e.toApiError()) : e;
    });
  };
  const call: Call = async (method, input) => {
    const [core, { dispatch }] = await Promise.all([(opening ??= openLibrary()), import('../core/dispatch.js')]);
    const result = await dispatch(core.api, method satisfies MethodName, input);
    if (!result.ok) throw new CliError(result.error);
    return result.value as never;
  };
  try {
    const code = await command.run({
      values,
      positionals,
      out,
      dataDir,
      call,
      onProgress: (listener) => void (progress = listener),
    });
    return code ?? EXIT_OK;
  } finally {
    (await opening?.catch(() => undefined))?.close();
  }
}

function reportError(e: unknown, out: Output): number {
  out.endProgress();
  if (e instanceof UsageError) {
    const command = e.command ? findCommand(e.command) : undefined;
    out.warn(`gloss: ${errorText(e.error)}`);
    out.warn('');
    out.warn(command ? commandHelp(command) : generalHelp());
    if (out.json) out.value({ ok: false, error: e.error });
    return EXIT_USAGE;
  }
  const known = knownFailure(e);
  const error: ApiError =
    e instanceof CliError
      ? e.error
      : known
        ? known.toApiError()
        : new GlossError('internal', { key: 'cli.unexpected', params: { detail: (e as Error)?.stack ?? String(e) } }).toApiError();
  out.warn(`gloss: ${errorText(error)}`);
  if (out.json) out.value({ ok: false, error });
  return EXIT_FAILED;
}

/** parseArgs's refusals (in English, from Node) as messages of the catalogue, naming the option. */
function parseArgsError(e: NodeJS.ErrnoException): ErrorText | string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (!option) return e.message;
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { key: 'usage.unknownOption', params: { option } };
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return { key: e.message.includes('argument missing') ? 'usage.optionNeedsValue' : 'usage.optionTakesNoValue', params: { option } };
  }
  return e.message;
}

export function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const help = { name: 'help', summary: t('cli:help.helpSummary') };
  return [
    t('cli:help.usage'),
    '',
    t('cli:help.commands'),
    ...[...commands, help].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    t('cli:help.common'),
    '',
    t('cli:help.version'),
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const [first, ...more] = command.usage;
  const help = command.help ? ['', command.help] : [];
  return [`gloss ${command.name}: ${command.summary}`, '', `${t('cli:help.usageOf')} gloss ${first}`, ...more, ...help].join('\n');
}
