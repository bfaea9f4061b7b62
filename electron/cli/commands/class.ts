import { statSync } from 'node:fs';
import type { ClassScores } from '../../../shared/classroom.js';
import { unquoted } from '../../../shared/quote.js';
import { defineCommand } from '../command.js';
import { currentLanguage, fileFailureText, t } from '../i18n.js';
import { UsageError } from '../errors.js';
import { table, type Output } from '../output.js';
import { tagNames } from '../resolve.js';
import { readInput, resolveAssignmentId, writeExport } from './classroom-shared.js';

const USAGE = 'class';

export const classCommand = defineCommand({
  name: 'class',
  get summary() {
    return t('cli:class.summary');
  },
  usage: [
    'class import FILE... [--json]',
    'class pull ASSIGNMENT_ID --hub URL --workspace NAME [--json]',
    'class scores ASSIGNMENT_ID [--json]',
    'class export ASSIGNMENT_ID --out FOLDER [--pdf] [--json]',
  ],
  get help() {
    return `${t('cli:class.help')}\n${t('cli:class.pullHelp')}`;
  },
  options: { out: { type: 'string' }, pdf: { type: 'boolean' }, hub: { type: 'string' }, workspace: { type: 'string' } },
  positionals: [1, Infinity],
  async run({ values, positionals, out, call }) {
    const [action, ...args] = positionals;
    switch (action) {
      case 'import': {
        if (args.length === 0) throw new UsageError({ key: 'usage.classFiles' }, USAGE);
        const report = await call('class.importAnswers', { files: args.map(readInput) });
        if (out.json) out.value(report);
        else {
          for (const i of report.imported) out.line(`${i.name}: ${i.replaced ? t('cli:class.replaces', { student: i.student }) : i.student}`);
          for (const f of report.failed) out.warn(fileFailureText(f));
          out.line(t('cli:class.imported', { imported: report.imported.length, refused: report.failed.length }));
        }
        return report.failed.length ? 1 : 0;
      }
      case 'pull': {
        if (args.length !== 1) throw new UsageError({ key: 'usage.oneAssignment' }, USAGE);
        if (!values.hub || !values.workspace) throw new UsageError({ key: 'usage.hubAndWorkspace' }, USAGE);
        const assignmentId = await resolveAssignmentId(call, args[0]!);
        const report = await call('class.pullAnswers', { assignmentId, url: values.hub, workspace: values.workspace });
        if (out.json) out.value(report);
        else {
          for (const i of report.imported) out.line(i.replaced ? t('cli:class.replaces', { student: i.student }) : i.student);
          for (const f of report.failed) out.warn(fileFailureText(f));
          out.line(t('cli:class.pulled', { imported: report.imported.length, unchanged: report.unchanged, refused: report.failed.length }));
        }
        return report.failed.length ? 1 : 0;
      }
      case 'scores': {
        if (args.length !== 1) throw new UsageError({ key: 'usage.oneAssignment' }, USAGE);
        const scores = await call('class.scores', { assignmentId: await resolveAssignmentId(call, args[0]!) });
        if (out.json) return out.value(scores);
        printScores(out, scores, tagNames(await call('taxonomies.list', {})));
        return;
      }
      case 'export': {
        if (args.length !== 1) throw new UsageError({ key: 'usage.oneAssignment' }, USAGE);
        if (!values.out) throw new UsageError({ key: 'usage.outFolder' }, USAGE);
        if (existsAsFile(values.out)) throw new UsageError({ key: 'usage.outIsFile', params: { path: values.out } }, USAGE);
        const assignmentId = await resolveAssignmentId(call, args[0]!);
        const pdf = Boolean(values.pdf);
        const language = currentLanguage();
        const files = [
          ...(await call('class.export', { assignmentId, what: 'csv', pdf: false })),
          ...(await call('class.export', { assignmentId, what: 'report', pdf, language })),
          ...(await call('class.export', { assignmentId, what: 'feedback', pdf, language })),
        ];
        const paths = [];
        for (const f of files) paths.push(await writeExport(f, values.out, true));
        if (out.json) return out.value({ paths });
        out.line(t('cli:class.exported', { count: paths.length, folder: values.out, sheets: paths.length - 2 }));
        return;
      }
      default:
        throw new UsageError({ key: 'usage.unknownAction', params: { action: action!, actions: 'import, pull, scores, export' } }, USAGE);
    }
  },
});

function existsAsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const dec = (x: number | null) => (x === null ? '—' : x.toFixed(3));

function printScores(out: Output, s: ClassScores, names: Map<string, string>): void {
  const tag = (id: string | null) => (id === null || id === 'none' ? t('cli:class.noVerdict') : (names.get(id) ?? id));
  const n = s.students.length;
  out.line(t('cli:class.scoresSummary', { title: s.assignment.title, students: n, claims: s.keyClaims.length }));
  out.line(t('cli:class.agreement', { nominal: dec(s.agreement.nominal), ordinal: dec(s.agreement.ordinal) }));
  out.line();
  const column = (name: string) => t('cli:class.column', { name });
  for (const line of table([
    ['#', ...['key', 'found', 'agree', 'alpha', 'claim'].map(column)],
    ...s.keyClaims.map((k) => [String(k.number), tag(k.statusTagId), `${k.foundBy}/${n}`, pct(k.agreementWithKey), dec(k.alpha.nominal), k.exact]),
  ]))
    out.line(line);
  out.line();
  for (const line of table([
    ['student', 'found', 'missed', 'extra', 'right', 'adjacent', 'wrong', 'techniques', 'score'].map(column),
    ...s.students.map((x) => [x.name, String(x.found), String(x.missed), String(x.extra), String(x.right), String(x.adjacent), String(x.wrong + x.noVerdict), pct(x.techniqueOverlap), String(x.score)]),
  ]))
    out.line(line);
  if (s.hints.length) {
    out.line();
    out.line(t('cli:class.hints'));
    for (const h of s.hints) out.line(`  ${t('cli:class.hint', { students: h.students, quote: unquoted(h.exact) })}`);
  }
  out.line();
  out.line(t('reports:class.formula'));
}
