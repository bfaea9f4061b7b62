// French: every namespace's catalogue, one module, so that a page loads only its language's.
// A namespace added to namespaces.ts gets its import here and in the three other languages' files.
import type { LanguageCatalogues } from '../catalogues.js';

import common from './fr/common.json' with { type: 'json' };
import library from './fr/library.json' with { type: 'json' };
import records from './fr/records.json' with { type: 'json' };
import reader from './fr/reader.json' with { type: 'json' };
import annotate from './fr/annotate.json' with { type: 'json' };
import finder from './fr/finder.json' with { type: 'json' };
import classroom from './fr/classroom.json' with { type: 'json' };
import team from './fr/team.json' with { type: 'json' };
import exportsCatalogue from './fr/exports.json' with { type: 'json' };
import taxonomy from './fr/taxonomy.json' with { type: 'json' };
import errors from './fr/errors.json' with { type: 'json' };
import reports from './fr/reports.json' with { type: 'json' };
import cli from './fr/cli.json' with { type: 'json' };

const catalogues: LanguageCatalogues = { common, library, records, reader, annotate, finder, classroom, team, exports: exportsCatalogue, taxonomy, errors, reports, cli };
export default catalogues;
