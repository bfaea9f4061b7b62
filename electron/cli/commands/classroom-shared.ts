// What the `assignment` and `class` commands share: files written where asked, ids by prefix.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/limits.js';
import type { ExportFile } from '../../../shared/model.js';
import type { Call } from '../command.js';
import { fail } from '../errors.js';

/** A full assignment id, or a prefix of exactly one. */
export async function resolveAssignmentId(call: Call, given: string): Promise<string> {
  const all = await call('assignments.list', {});
  const exact = all.find((a) => a.id === given);
  if (exact) return exact.id;
  const matches = all.filter((a) => a.id.startsWith(given.toLowerCase()));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) fail('not_found', 'cli.noAssignmentId', { id: given });
  fail('invalid_input', 'cli.ambiguousAssignmentId', { id: given, count: matches.length });
}

/** A file named on the command line, as the API takes files. */
export function readInput(path: string): { name: string; dataBase64: string } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail('not_found', 'cli.noFile', { path });
  }
  if (size > MAX_IMPORT_BYTES * 4) fail('too_large', 'cli.classroomFileTooLarge', { path, size });
  return { name: basename(path), dataBase64: readFileSync(path).toString('base64') };
}

/** Writes an exported file to PATH, or into PATH under its own name when PATH is a folder. */
export async function writeExport(file: ExportFile, path: string, intoFolder: boolean): Promise<string> {
  if (intoFolder) await mkdir(path, { recursive: true });
  const target = intoFolder ? join(path, file.fileName) : path;
  await writeFile(target, Buffer.from(file.dataBase64, 'base64'));
  return target;
}
