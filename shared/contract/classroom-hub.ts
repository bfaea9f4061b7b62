// The classroom loop through a team hub workspace: publish, get, hand in, pull answers. Each
// method names the hub and workspace; the password is the app's saved one, or libpq's (never stored).
import { z } from 'zod';
import type { HubAnswersReport, HubHandIn, HubOpenReport, HubPublishReport } from '../classroom.js';
import { id, method, name } from './define.js';
import { hubUrl } from './hub.js';

const hub = { url: hubUrl, workspace: name, password: z.string().max(1000).optional() };

export const classroomHubMethods = {
  /** Teacher: the assignment on the workspace for its students to get; publishing again replaces it. */
  'assignments.publish': method<HubPublishReport>()(z.strictObject({ id, ...hub })),
  /** Student: opens every assignment of the workspace not opened here yet, under their hub name. */
  'assignments.getFromHub': method<HubOpenReport>()(z.strictObject(hub)),
  /** Student: hands in to the hub; a later hand-in replaces the earlier one. */
  'assignments.handInToHub': method<HubHandIn>()(z.strictObject({ id, ...hub })),
  /** Teacher: every student's latest answers from the hub, checked and taken in as answers files are. */
  'class.pullAnswers': method<HubAnswersReport>()(z.strictObject({ assignmentId: id, ...hub })),
};
