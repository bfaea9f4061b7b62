// Every command of `gloss`, in the order help lists them.
import type { Command } from '../command.js';
import { annotateCommand } from './annotate.js';
import { claimCommand } from './claim.js';
import { deleteCommand } from './delete.js';
import { backupCommand } from './backup.js';
import { assignmentCommand } from './assignment.js';
import { classCommand } from './class.js';
import { demoCommand } from './demo.js';
import { editCommand } from './edit.js';
import { exportCommand } from './export.js';
import { hubCommand } from './hub.js';
import { historyCommand } from './hub-history.js';
import { figuresCommand } from './figures.js';
import { importCommand } from './import.js';
import { linkCommand } from './link.js';
import { listCommand } from './list.js';
import { originalCommand } from './original.js';
import { profileCommand } from './profile.js';
import { restoreCommand } from './restore.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { syncCommand } from './sync.js';
import { suggestCommand } from './suggest.js';
import { tagsCommand } from './tags.js';
import { trashCommand } from './trash.js';

export const commands: Command[] = [
  importCommand,
  listCommand,
  showCommand,
  originalCommand,
  editCommand,
  deleteCommand,
  restoreCommand,
  trashCommand,
  searchCommand,
  tagsCommand,
  annotateCommand,
  claimCommand,
  linkCommand,
  suggestCommand,
  figuresCommand,
  exportCommand,
  profileCommand,
  assignmentCommand,
  classCommand,
  demoCommand,
  backupCommand,
  syncCommand,
  historyCommand,
  hubCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
