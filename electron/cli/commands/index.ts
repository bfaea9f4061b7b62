// Every command of `gloss`, in the order help lists them.
import type { Command } from '../command.js';
import { annotateCommand } from './annotate.js';
import { assignmentCommand } from './assignment.js';
import { classCommand } from './class.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { listCommand } from './list.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { tagsCommand } from './tags.js';

export const commands: Command[] = [
  importCommand,
  listCommand,
  showCommand,
  searchCommand,
  tagsCommand,
  annotateCommand,
  exportCommand,
  assignmentCommand,
  classCommand,
  demoCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
