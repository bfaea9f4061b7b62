// What a command is: its options (node:util parseArgs), its usage text, and what it runs.
import type { MethodName, ResultOf, InputOf } from '../../shared/contract/index.js';
import type { Output } from './output.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;
export type Values<O extends OptionSpecs> = { [K in keyof O]?: ValueOf<O[K]> };

/** The API, reached the way every door reaches it (dispatch); a refusal is thrown as CliError. */
export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;

export interface RunContext<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
  out: Output;
  dataDir: string;
  /** Opens the library on first use. */
  call: Call;
  /** Progress events the core emits during the current call. */
  onProgress(listener: ((done: number, total: number) => void) | null): void;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for the list of commands, in the CLI's language (a getter: the language is chosen at run time). */
  readonly summary: string;
  /** The synopsis lines without the leading "gloss ": command and option names, in no language. */
  usage: string[];
  /** What the options do and anything else worth knowing, in the CLI's language; empty for none. */
  readonly help: string;
  options: O;
  /** How many positional arguments: [min, max] (max Infinity for a list). */
  positionals: [number, number];
  /** Exit code; 0 when it returns nothing. */
  run(ctx: RunContext<O>): Promise<number | void>;
}

export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}
