import { readFileSync, statSync } from 'node:fs';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { dateOnly, plural, table } from '../output.js';
import { requireCollection } from '../resolve.js';
import { readInput, resolveAssignmentId, writeExport } from './classroom-shared.js';

const USAGE = 'assignment';

export const assignmentCommand = defineCommand({
  name: 'assignment',
  summary: 'hand out an assignment (teacher), open and hand it in (student)',
  usage: [
    'assignment create --collection NAME --task find|judge [--title T] [--instructions-file F] [--due DATE] --out FILE [--json]',
    'assignment open FILE --student NAME [--json]',
    'assignment hand-in ASSIGNMENT_ID --student NAME --out FILE [--json]',
    'assignment list [--json]',
    '',
    'Through a team hub workspace instead of files:',
    'assignment publish ASSIGNMENT_ID --hub URL --workspace NAME [--json]   (teacher)',
    'assignment open --hub URL --workspace NAME [--json]                    (student: every new one)',
    'assignment hand-in ASSIGNMENT_ID --hub URL --workspace NAME [--json]   (student)',
    '',
    '  --task find        students mark the claims themselves, then judge them',
    '  --task judge       the claims are marked and numbered; students give verdicts, techniques and reasons',
    '  --out FILE         the .glossassignment / .glossanswers file to write (or a folder for it)',
    '  --hub URL          postgres://USER@HOST/DATABASE of the class\'s hub; the password comes from',
    '                     PGPASSWORD or ~/.pgpass. Through the hub a student is their hub user name.',
    '',
    'The assignment file holds the articles, the tags with their descriptions and the task, never',
    "the teacher's verdicts, notes or (for find tasks) claims.",
  ],
  options: {
    collection: { type: 'string' },
    task: { type: 'string' },
    title: { type: 'string' },
    'instructions-file': { type: 'string' },
    due: { type: 'string' },
    out: { type: 'string' },
    student: { type: 'string' },
    hub: { type: 'string' },
    workspace: { type: 'string' },
  },
  positionals: [1, 2],
  async run({ values, positionals, out, call }) {
    const [action, arg] = positionals;
    const isFolder = (p: string) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    };
    const hub = () => {
      if (!values.hub || !values.workspace) throw new UsageError('Give the hub with --hub URL and --workspace NAME.', USAGE);
      return { url: values.hub, workspace: values.workspace };
    };
    switch (action) {
      case 'publish': {
        if (!arg) throw new UsageError('Give the assignment id (see gloss assignment list).', USAGE);
        const report = await call('assignments.publish', { id: await resolveAssignmentId(call, arg), ...hub() });
        if (out.json) return out.value(report);
        out.line(`Published to "${report.workspace}": its ${plural(report.students, 'student')} can get it with gloss assignment open --hub URL --workspace "${report.workspace}".`);
        return;
      }
      case 'create': {
        if (!values.collection) throw new UsageError('Give the collection to hand out with --collection NAME.', USAGE);
        if (values.task !== 'find' && values.task !== 'judge') throw new UsageError('Give the kind of task with --task find or --task judge.', USAGE);
        if (!values.out) throw new UsageError('Give the assignment file to write with --out FILE.', USAGE);
        const collection = await requireCollection(call, values.collection);
        const instructions = values['instructions-file'] ? readFileSync(values['instructions-file'], 'utf8') : '';
        const assignment = await call('assignments.create', {
          collectionId: collection.id,
          task: values.task,
          instructions,
          ...(values.title ? { title: values.title } : {}),
          ...(values.due ? { dueDate: values.due } : {}),
        });
        const path = await writeExport(await call('assignments.file', { id: assignment.id }), values.out, isFolder(values.out));
        if (out.json) return out.value({ assignment, path });
        out.line(`Assignment “${assignment.title}” (${assignment.id}): ${assignment.articleIds.length} articles${assignment.task === 'judge' ? `, ${assignment.claims.length} numbered claims` : ''}.`);
        out.line(`Wrote ${path}: hand it out to the students.`);
        return;
      }
      case 'open': {
        if (values.hub || values.workspace) {
          if (arg) throw new UsageError('Give either an assignment file or --hub URL --workspace NAME, not both.', USAGE);
          const report = await call('assignments.getFromHub', hub());
          if (out.json) return out.value(report);
          for (const a of report.opened) out.line(`Opened “${a.title}” (${a.id.slice(0, 8)}) for ${a.studentName}${a.dueDate ? `, due ${dateOnly(a.dueDate)}` : ''}.`);
          out.line(`${plural(report.opened.length, 'new assignment')}${report.already ? `, ${report.already} already open here` : ''}.`);
          if (report.opened.length) out.line(`When you are done: gloss assignment hand-in ID --hub URL --workspace "${values.workspace}"`);
          return;
        }
        if (!arg) throw new UsageError('Give the assignment file to open.', USAGE);
        if (!values.student) throw new UsageError('Give your name with --student NAME.', USAGE);
        const assignment = await call('assignments.open', { file: readInput(arg), student: values.student });
        if (out.json) return out.value(assignment);
        out.line(`Opened “${assignment.title}” for ${assignment.studentName}: ${assignment.task === 'find' ? 'find the claims in the articles and judge each one' : `judge the ${assignment.claims.length} numbered claims`}.`);
        if (assignment.dueDate) out.line(`Due ${dateOnly(assignment.dueDate)}.`);
        if (assignment.instructions) out.line(`\n${assignment.instructions.trim()}`);
        out.line();
        out.line(`When you are done: gloss assignment hand-in ${assignment.id.slice(0, 8)} --student "${assignment.studentName}" --out answers.glossanswers`);
        return;
      }
      case 'hand-in': {
        if (!arg) throw new UsageError('Give the assignment id (see gloss assignment list).', USAGE);
        if (values.hub || values.workspace) {
          if (values.out) throw new UsageError('Hand in either to a file (--out) or to the hub (--hub), not both.', USAGE);
          const handIn = await call('assignments.handInToHub', { id: await resolveAssignmentId(call, arg), ...hub() });
          if (out.json) return out.value(handIn);
          out.line(`Handed in to "${values.workspace}"${handIn.handIns > 1 ? ` (hand-in ${handIn.handIns}: it replaces the earlier one)` : ''}. Handing in again later replaces this one.`);
          return;
        }
        if (!values.student) throw new UsageError('Give your name with --student NAME.', USAGE);
        if (!values.out) throw new UsageError('Give the answers file to write with --out FILE.', USAGE);
        const id = await resolveAssignmentId(call, arg);
        const file = await call('assignments.handIn', { id, student: values.student });
        const path = await writeExport(file, values.out, isFolder(values.out));
        if (out.json) return out.value({ path, fileName: file.fileName });
        out.line(`Wrote ${path}: give it to your teacher. Handing in again later replaces this one.`);
        return;
      }
      case 'list': {
        const all = await call('assignments.list', {});
        if (out.json) return out.value(all);
        if (all.length === 0) return out.line('No assignments in this library.');
        for (const line of table([
          ['ID', 'ROLE', 'TASK', 'DUE', 'ANSWERS', 'TITLE'],
          ...all.map((a) => [a.id.slice(0, 8), a.role, a.task, a.dueDate ? dateOnly(a.dueDate) : '', a.role === 'teacher' ? String(a.submissionCount) : a.handedInAt ? 'handed in' : '', a.title]),
        ]))
          out.line(line);
        return;
      }
      default:
        throw new UsageError(`Unknown action "${action}"; use create, publish, open, hand-in or list.`, USAGE);
    }
  },
});
