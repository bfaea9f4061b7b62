// Spanish: every namespace's catalogue, one module, so that a page loads only its language's.
// A namespace added to namespaces.ts gets its import here and in the three other languages' files.
import type { LanguageCatalogues } from '../catalogues.js';

import common from './es/common.json' with { type: 'json' };
import library from './es/library.json' with { type: 'json' };
import records from './es/records.json' with { type: 'json' };
import reader from './es/reader.json' with { type: 'json' };
import annotate from './es/annotate.json' with { type: 'json' };
import finder from './es/finder.json' with { type: 'json' };
import classroom from './es/classroom.json' with { type: 'json' };
import team from './es/team.json' with { type: 'json' };
import exportsCatalogue from './es/exports.json' with { type: 'json' };
import taxonomy from './es/taxonomy.json' with { type: 'json' };
import errors from './es/errors.json' with { type: 'json' };
import reports from './es/reports.json' with { type: 'json' };
import cli from './es/cli.json' with { type: 'json' };

const catalogues: LanguageCatalogues = { common, library, records, reader, annotate, finder, classroom, team, exports: exportsCatalogue, taxonomy, errors, reports, cli };
export default catalogues;
