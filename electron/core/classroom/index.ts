// The classroom methods of the API: assignments out, answers back, scores and feedback.
import type { CoreContext, Handlers, Namespaced } from '../context.js';
import { assignmentFile, createAssignment, getAssignment, handIn, listAssignments, openAssignment } from './assignments.js';
import { classScores, importAnswers } from './class.js';
import { exportClass } from './feedback.js';
import { handInToHub, openFromHub, publishAssignment, pullAnswers } from './hub.js';

export function classroomHandlers(ctx: CoreContext): Handlers<Namespaced<'assignments'> | Namespaced<'class'>> {
  const changed = () => ctx.emit('library.changed', { what: 'assignments' });
  return {
    'assignments.list': () => listAssignments(ctx.db),
    'assignments.get': ({ id }) => getAssignment(ctx.db, id),
    'assignments.create': (input) => {
      const a = createAssignment(ctx, input);
      changed();
      return a;
    },
    'assignments.file': ({ id }) => assignmentFile(ctx.db, id),
    'assignments.open': (input) => {
      const a = openAssignment(ctx, input);
      changed();
      return a;
    },
    'assignments.handIn': (input) => {
      const file = handIn(ctx, input);
      changed();
      return file;
    },
    'class.importAnswers': (input) => {
      const report = importAnswers(ctx, input);
      if (report.imported.length) changed();
      return report;
    },
    'assignments.publish': (input) => publishAssignment(ctx, input),
    'assignments.getFromHub': async (input) => {
      const report = await openFromHub(ctx, input);
      if (report.opened.length) changed();
      return report;
    },
    'assignments.handInToHub': async (input) => {
      const handIn = await handInToHub(ctx, input);
      changed();
      return handIn;
    },
    'class.pullAnswers': async (input) => {
      const report = await pullAnswers(ctx, input);
      if (report.imported.length) changed();
      return report;
    },
    'class.scores': ({ assignmentId }) => classScores(ctx.db, assignmentId),
    'class.export': (input) => exportClass(ctx, input),
  };
}
