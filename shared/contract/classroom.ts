import { z } from 'zod';
import type { AnswersImportReport, Assignment, ClassScores } from '../classroom.js';
import type { ExportFile } from '../model.js';
import { empty, exportLanguage, fileInput, id, isoDate, method, name } from './define.js';

export const classroomMethods = {
  'assignments.list': method<Assignment[]>()(empty),
  'assignments.get': method<Assignment>()(z.strictObject({ id })),
  /** Teacher: an assignment from a collection (all its articles, or the ones chosen, in its order). */
  'assignments.create': method<Assignment>()(
    z.strictObject({
      collectionId: id,
      articleIds: z.array(id).min(1).max(100).optional(),
      task: z.enum(['find', 'judge']),
      title: name.optional(),
      instructions: z.string().max(20_000).default(''),
      dueDate: isoDate.optional(),
    }),
  ),
  /** Teacher: the .glossassignment file to hand out. */
  'assignments.file': method<ExportFile>()(z.strictObject({ id })),
  /** Student: opens a .glossassignment file in this library under the student's name. */
  'assignments.open': method<Assignment>()(z.strictObject({ file: fileInput, student: name })),
  /** Student: the .glossanswers file of their claims as they stand now; handing in again replaces the earlier one at the teacher's. */
  'assignments.handIn': method<ExportFile>()(z.strictObject({ id, student: name.optional() })),
  /** Teacher: answers files, many at once; each bad file is reported and changes nothing. */
  'class.importAnswers': method<AnswersImportReport>()(z.strictObject({ files: z.array(fileInput).min(1).max(500) })),
  'class.scores': method<ClassScores>()(z.strictObject({ assignmentId: id })),
  /** Teacher: the class's results (CSV, class report) or one feedback sheet per student; PDF where asked. */
  'class.export': method<ExportFile[]>()(
    z.strictObject({
      assignmentId: id,
      what: z.enum(['csv', 'report', 'feedback']),
      pdf: z.boolean().default(false),
      /** The language the class report and feedback sheets are written in (the CSV's columns do not change). */
      language: exportLanguage,
    }),
  ),
};
