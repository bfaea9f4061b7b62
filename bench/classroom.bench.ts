// The teacher's side of a lesson: taking in 30 answers files and scoring 30 students on 3 articles
// with 40 key claims each, through the API. The peer is the least any marking script must do:
// parse the same 30 files and compare each student's verdicts with the key by claim number.
import { openCore } from '../electron/core/api.js';
import { ANSWERS_FORMAT, answersHash, type FileAnswer } from '../electron/core/classroom/files.js';
import { dispatch } from '../electron/core/dispatch.js';
import { tempDir } from '../tests/helpers/tmp.js';
import { prng, vocabulary } from './generated-articles.js';
import { median } from './stats.js';

const STUDENTS = 30;
const ARTICLES = 3;
const CLAIMS = 40;
const RUNS = 7;
const statuses = ['status:true', 'status:mostly-true', 'status:mixed', 'status:false', 'status:unverifiable'];
const techniques = ['technique:loaded-language', 'technique:doubt', 'technique:unnamed-source', 'technique:missing-context'];
const log = (...a: unknown[]) => console.error('[classroom]', ...a);
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

async function call<T>(core: Awaited<ReturnType<typeof openCore>>, method: string, input: unknown): Promise<T> {
  const r = await dispatch(core.api, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const dir = tempDir('gloss-bench-classroom-');
const core = await openCore(dir.path);
try {
  const rand = prng(13);
  const collection = await call<{ id: string }>(core, 'collections.create', { name: 'Lesson' });
  const key: Array<{ number: number; articleId: string; start: number; end: number; exact: string; status: string; tags: string[] }> = [];
  for (let a = 0; a < ARTICLES; a++) {
    const paragraphs = Array.from({ length: 40 }, () => Array.from({ length: 40 }, () => vocabulary[Math.floor(rand() ** 2 * 2000)]!).join(' ') + '.');
    const report = await call<{ imported: Array<{ id: string }> }>(core, 'articles.importText', { text: paragraphs.join('\n\n'), title: `Article ${a + 1}`, collectionId: collection.id });
    const articleId = report.imported[0]!.id;
    const { body } = await call<{ body: string }>(core, 'articles.get', { id: articleId });
    const words = [...body.matchAll(/\S+/g)];
    for (let c = 0; c < CLAIMS; c++) {
      const first = Math.floor((c * words.length) / CLAIMS);
      const start = words[first]!.index!;
      const end = words[first + 5]!.index! + words[first + 5]![0].length;
      const status = statuses[c % statuses.length]!;
      const tags = [techniques[c % techniques.length]!];
      await call(core, 'annotations.create', { articleId, start, end, statusTagId: status, tagIds: tags });
      key.push({ number: key.length + 1, articleId, start, end, exact: body.slice(start, end), status, tags });
    }
  }
  const assignment = await call<{ id: string }>(core, 'assignments.create', { collectionId: collection.id, task: 'find' });

  // Each student finds most claims (spans a word short now and then), gets most verdicts right, and marks a few extras.
  const files = Array.from({ length: STUDENTS }, (_, s) => {
    const answers: FileAnswer[] = key.flatMap((k) => {
      if (rand() < 0.2) return [];
      const shortBy = rand() < 0.3 ? 3 : 0;
      const status = rand() < 0.75 ? k.status : statuses[Math.floor(rand() * statuses.length)]!;
      return [{ number: null, articleId: k.articleId, start: k.start + shortBy, end: k.end, exact: k.exact.slice(shortBy), statusTagId: status, tagIds: rand() < 0.6 ? k.tags : [], justification: 'Because.' }];
    });
    const content = { assignmentId: assignment.id, assignmentTitle: 'Lesson', student: { id: `student-${s}`, name: `Student ${s + 1}` }, handedInAt: '2026-11-20T10:00:00.000Z', answers };
    return { name: `student-${s + 1}.glossanswers`, dataBase64: Buffer.from(JSON.stringify({ format: ANSWERS_FORMAT, version: 1, ...content, hash: answersHash(content) })).toString('base64') };
  });
  log(`${files.length} answers files, ${key.length} key claims`);

  let t = performance.now();
  const imported = await call<{ imported: unknown[]; failed: unknown[] }>(core, 'class.importAnswers', { files });
  const importMs = performance.now() - t;
  if (imported.imported.length !== STUDENTS) throw new Error(`imported ${imported.imported.length}`);

  const scoring: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    t = performance.now();
    await call(core, 'class.scores', { assignmentId: assignment.id });
    if (i > 0) scoring.push(performance.now() - t);
  }

  // The peer: parse the files and count exact verdict matches by claim number.
  const byNumber = new Map(key.map((k) => [`${k.articleId}:${k.start}`, k.status]));
  const peer: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    t = performance.now();
    let right = 0;
    for (const f of files) {
      const parsed = JSON.parse(Buffer.from(f.dataBase64, 'base64').toString('utf8')) as { answers: FileAnswer[] };
      for (const a of parsed.answers) if (byNumber.get(`${a.articleId}:${a.start}`) === a.statusTagId) right++;
    }
    if (i > 0) peer.push(performance.now() - t);
    if (right === 0) throw new Error('the peer found nothing');
  }

  console.log(`### Classroom: ${STUDENTS} students × ${ARTICLES} articles × ${CLAIMS} claims

| | Gloss | peer: parse the files and compare verdicts by position |
|---|---|---|
| take in ${STUDENTS} answers files (check, store) | ${ms(importMs)} | — |
| score the class (matching by span, verdicts, techniques, agreement, hints, shading; median of ${RUNS}) | ${ms(median(scoring))} | ${ms(median(peer))} |

The peer does only the exact-position verdict count; Gloss also matches spans that are a few words off, scores techniques, computes Krippendorff's alpha per claim and overall, finds the spans several students marked outside the key and the text's shading.`);
} finally {
  core.close();
  dir.remove();
}
