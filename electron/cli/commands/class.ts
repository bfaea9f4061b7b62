import { statSync } from 'node:fs';
import type { ClassScores } from '../../../shared/classroom.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { table, type Output } from '../output.js';
import { langOption, langUsage, reportLanguage } from '../report-language.js';
import { tagNames } from '../resolve.js';
import { readInput, resolveAssignmentId, writeExport } from './classroom-shared.js';

const USAGE = 'class';

export const classCommand = defineCommand({
  name: 'class',
  summary: "take in students' answers, score them against the key, write feedback (teacher)",
  usage: [
    'class import FILE... [--json]',
    'class pull ASSIGNMENT_ID --hub URL --workspace NAME [--json]',
    'class scores ASSIGNMENT_ID [--json]',
    'class export ASSIGNMENT_ID --out FOLDER [--pdf] [--lang CODE] [--json]',
    '',
    '  import   answers files (.glossanswers), many at once; a file for another assignment, a',
    '           damaged or edited one, or a second student of the same name is reported and',
    '           changes nothing. Exit status 1 when any file failed.',
    '  pull     the answers the students handed in to the team hub workspace, checked as files are',
    '           (the password from PGPASSWORD or ~/.pgpass). Exit status 1 when any was refused.',
    "  scores   per key claim and per student, and the class's agreement (Krippendorff's alpha)",
    '  export   the class results (CSV), the class report and one feedback sheet per student',
    langUsage,
  ],
  options: { out: { type: 'string' }, pdf: { type: 'boolean' }, hub: { type: 'string' }, workspace: { type: 'string' }, ...langOption },
  positionals: [1, Infinity],
  async run({ values, positionals, out, call }) {
    const [action, ...args] = positionals;
    switch (action) {
      case 'import': {
        if (args.length === 0) throw new UsageError('Give the answers files to import.', USAGE);
        const report = await call('class.importAnswers', { files: args.map(readInput) });
        if (out.json) out.value(report);
        else {
          for (const i of report.imported) out.line(`${i.name}: ${i.student}${i.replaced ? ' (replaces an earlier hand-in)' : ''}`);
          for (const f of report.failed) out.warn(`${f.name}: ${f.message}`);
          out.line(`${report.imported.length} imported, ${report.failed.length} refused.`);
        }
        return report.failed.length ? 1 : 0;
      }
      case 'pull': {
        if (args.length !== 1) throw new UsageError('Give one assignment id.', USAGE);
        if (!values.hub || !values.workspace) throw new UsageError('Give the hub with --hub URL and --workspace NAME.', USAGE);
        const assignmentId = await resolveAssignmentId(call, args[0]!);
        const report = await call('class.pullAnswers', { assignmentId, url: values.hub, workspace: values.workspace });
        if (out.json) out.value(report);
        else {
          for (const i of report.imported) out.line(`${i.student}${i.replaced ? ' (replaces an earlier hand-in)' : ''}`);
          for (const f of report.failed) out.warn(`${f.name}: ${f.message}`);
          out.line(`${report.imported.length} taken in, ${report.unchanged} unchanged, ${report.failed.length} refused.`);
        }
        return report.failed.length ? 1 : 0;
      }
      case 'scores': {
        if (args.length !== 1) throw new UsageError('Give one assignment id.', USAGE);
        const scores = await call('class.scores', { assignmentId: await resolveAssignmentId(call, args[0]!) });
        if (out.json) return out.value(scores);
        printScores(out, scores, tagNames(await call('taxonomies.list', {})));
        return;
      }
      case 'export': {
        if (args.length !== 1) throw new UsageError('Give one assignment id.', USAGE);
        if (!values.out) throw new UsageError('Give the folder to write into with --out FOLDER.', USAGE);
        if (existsAsFile(values.out)) throw new UsageError(`${values.out} is a file; --out takes a folder.`, USAGE);
        const assignmentId = await resolveAssignmentId(call, args[0]!);
        const pdf = Boolean(values.pdf);
        const language = reportLanguage(values.lang, USAGE);
        const files = [
          ...(await call('class.export', { assignmentId, what: 'csv', pdf: false })),
          ...(await call('class.export', { assignmentId, what: 'report', pdf, language })),
          ...(await call('class.export', { assignmentId, what: 'feedback', pdf, language })),
        ];
        const paths = [];
        for (const f of files) paths.push(await writeExport(f, values.out, true));
        if (out.json) return out.value({ paths });
        out.line(`Wrote ${paths.length} files to ${values.out}: the class results, the class report and ${paths.length - 2} feedback sheets.`);
        return;
      }
      default:
        throw new UsageError(`Unknown action "${action}"; use import, pull, scores or export.`, USAGE);
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
  const tag = (id: string | null) => (id === null || id === 'none' ? 'no verdict' : (names.get(id) ?? id));
  const n = s.students.length;
  out.line(`${s.assignment.title}: ${n} students, ${s.keyClaims.length} key claims.`);
  out.line(`Agreement on verdicts (Krippendorff's alpha): nominal ${dec(s.agreement.nominal)}, ordinal ${dec(s.agreement.ordinal)}.`);
  out.line();
  for (const line of table([
    ['#', 'KEY', 'FOUND', 'AGREE', 'ALPHA', 'CLAIM'],
    ...s.keyClaims.map((k) => [String(k.number), tag(k.statusTagId), `${k.foundBy}/${n}`, pct(k.agreementWithKey), dec(k.alpha.nominal), k.exact]),
  ]))
    out.line(line);
  out.line();
  for (const line of table([
    ['STUDENT', 'FOUND', 'MISSED', 'EXTRA', 'RIGHT', 'ADJ', 'WRONG', 'TECH', 'SCORE'],
    ...s.students.map((x) => [x.name, String(x.found), String(x.missed), String(x.extra), String(x.right), String(x.adjacent), String(x.wrong + x.noVerdict), pct(x.techniqueOverlap), String(x.score)]),
  ]))
    out.line(line);
  if (s.hints.length) {
    out.line();
    out.line('Marked by several students, not in the key:');
    for (const h of s.hints) out.line(`  ${h.students} students: “${h.exact}”`);
  }
  out.line();
  out.line(s.formula);
}
