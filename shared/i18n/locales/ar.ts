// Arabic: every namespace's catalogue, one module, so that a page loads only its language's.
// A namespace added to namespaces.ts gets its import here and in the three other languages' files.
import type { LanguageCatalogues } from '../catalogues.js';

import common from './ar/common.json' with { type: 'json' };
import library from './ar/library.json' with { type: 'json' };
import records from './ar/records.json' with { type: 'json' };
import reader from './ar/reader.json' with { type: 'json' };
import annotate from './ar/annotate.json' with { type: 'json' };
import finder from './ar/finder.json' with { type: 'json' };
import classroom from './ar/classroom.json' with { type: 'json' };
import team from './ar/team.json' with { type: 'json' };
import exportsCatalogue from './ar/exports.json' with { type: 'json' };
import taxonomy from './ar/taxonomy.json' with { type: 'json' };
import errors from './ar/errors.json' with { type: 'json' };
import reports from './ar/reports.json' with { type: 'json' };
import cli from './ar/cli.json' with { type: 'json' };

const catalogues: LanguageCatalogues = { common, library, records, reader, annotate, finder, classroom, team, exports: exportsCatalogue, taxonomy, errors, reports, cli };
export default catalogues;
