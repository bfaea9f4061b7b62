import { readFileSync, statSync } from 'node:fs';
import { defineCommand } from '../command.js';
import { num, t } from '../i18n.js';
import { UsageError } from '../errors.js';
import { dateOnly, table } from '../output.js';
import { requireCollection } from '../resolve.js';
import { readInput, resolveAssignmentId, writeExport } from './classroom-shared.js';

const USAGE = 'assignment';

export const assignmentCommand = defineCommand({
  name: 'assignment',
  get summary() {
    return t('cli:assignment.summary');
  },
  usage: [
    'assignment create --collection NAME --task find|judge [--title T] [--instructions-file F] [--due DATE] --out FILE [--json]',
    'assignment open FILE --student NAME [--json]',
    'assignment hand-in ASSIGNMENT_ID --student NAME --out FILE [--json]',
    'assignment list [--json]',
    '',
    'assignment publish ASSIGNMENT_ID --hub URL --workspace NAME [--json]   (teacher)',
    'assignment open --hub URL --workspace NAME [--json]                    (student: every new one)',
    'assignment hand-in ASSIGNMENT_ID --hub URL --workspace NAME [--json]   (student)',
  ],
  get help() {
    return `${t('cli:assignment.help')}\n\n${t('cli:assignment.hubHelp')}`;
  },
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
      if (!values.hub || !values.workspace) throw new UsageError({ key: 'usage.hubAndWorkspace' }, USAGE);
      return { url: values.hub, workspace: values.workspace };
    };
    switch (action) {
      case 'publish': {
        if (!arg) throw new UsageError({ key: 'usage.assignmentId' }, USAGE);
        const report = await call('assignments.publish', { id: await resolveAssignmentId(call, arg), ...hub() });
        if (out.json) return out.value(report);
        out.line(t('cli:assignment.published', { workspace: report.workspace, students: report.students }));
        return;
      }
      case 'create': {
        if (!values.collection) throw new UsageError({ key: 'usage.assignmentCollection' }, USAGE);
        if (values.task !== 'find' && values.task !== 'judge') throw new UsageError({ key: 'usage.assignmentTask' }, USAGE);
        if (!values.out) throw new UsageError({ key: 'usage.assignmentOut' }, USAGE);
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
        const counts = { articles: assignment.articleIds.length, claims: assignment.claims.length, task: assignment.task };
        out.line(t('cli:assignment.created', { title: assignment.title, id: assignment.id, ...counts }));
        out.line(t('cli:assignment.wroteFile', { path }));
        return;
      }
      case 'open': {
        if (values.hub || values.workspace) {
          if (arg) throw new UsageError({ key: 'usage.fileOrHub' }, USAGE);
          const report = await call('assignments.getFromHub', hub());
          if (out.json) return out.value(report);
          for (const a of report.opened) {
            out.line(t('cli:assignment.openedFromHub', { title: a.title, id: a.id.slice(0, 8), student: a.studentName ?? '', due: a.dueDate ? dateOnly(a.dueDate) : 'none' }));
          }
          out.line(t('cli:assignment.newFromHub', { count: report.opened.length, already: report.already }));
          if (report.opened.length) out.line(t('cli:assignment.whenDone', { command: `gloss assignment hand-in ID --hub URL --workspace "${values.workspace}"` }));
          return;
        }
        if (!arg) throw new UsageError({ key: 'usage.assignmentFile' }, USAGE);
        if (!values.student) throw new UsageError({ key: 'usage.assignmentStudent' }, USAGE);
        const assignment = await call('assignments.open', { file: readInput(arg), student: values.student });
        if (out.json) return out.value(assignment);
        out.line(t('cli:assignment.opened', { title: assignment.title, student: assignment.studentName ?? '', task: assignment.task, claims: assignment.claims.length }));
        if (assignment.dueDate) out.line(t('cli:assignment.due', { date: dateOnly(assignment.dueDate) }));
        if (assignment.instructions) out.line(`\n${assignment.instructions.trim()}`);
        out.line();
        out.line(t('cli:assignment.whenDone', { command: `gloss assignment hand-in ${assignment.id.slice(0, 8)} --student "${assignment.studentName}" --out answers.glossanswers` }));
        return;
      }
      case 'hand-in': {
        if (!arg) throw new UsageError({ key: 'usage.assignmentId' }, USAGE);
        if (values.hub || values.workspace) {
          if (values.out) throw new UsageError({ key: 'usage.fileOrHubHandIn' }, USAGE);
          const handIn = await call('assignments.handInToHub', { id: await resolveAssignmentId(call, arg), ...hub() });
          if (out.json) return out.value(handIn);
          out.line(t('cli:assignment.handedInToHub', { workspace: values.workspace!, handIns: handIn.handIns }));
          return;
        }
        if (!values.student) throw new UsageError({ key: 'usage.assignmentStudent' }, USAGE);
        if (!values.out) throw new UsageError({ key: 'usage.answersOut' }, USAGE);
        const id = await resolveAssignmentId(call, arg);
        const file = await call('assignments.handIn', { id, student: values.student });
        const path = await writeExport(file, values.out, isFolder(values.out));
        if (out.json) return out.value({ path, fileName: file.fileName });
        out.line(t('cli:assignment.handedIn', { path }));
        return;
      }
      case 'list': {
        const all = await call('assignments.list', {});
        if (out.json) return out.value(all);
        if (all.length === 0) return out.line(t('cli:assignment.none'));
        const answers = (a: (typeof all)[number]) => (a.role === 'teacher' ? num(a.submissionCount) : a.handedInAt ? t('cli:assignment.handedInMark') : '');
        for (const line of table([
          [t('cli:columns.id'), t('cli:columns.role'), t('cli:columns.task'), t('cli:columns.due'), t('cli:columns.answers'), t('cli:columns.title')],
          ...all.map((a) => [a.id.slice(0, 8), a.role, a.task, a.dueDate ? dateOnly(a.dueDate) : '', answers(a), a.title]),
        ]))
          out.line(line);
        return;
      }
      default:
        throw new UsageError({ key: 'usage.unknownAction', params: { action: action!, actions: 'create, publish, open, hand-in, list' } }, USAGE);
    }
  },
});
