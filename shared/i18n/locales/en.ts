// English: every namespace's catalogue, one module, so that a page loads only its language's.
// A namespace added to namespaces.ts gets its import here and in the three other languages' files.
import type { LanguageCatalogues } from '../catalogues.js';

import common from './en/common.json' with { type: 'json' };
import library from './en/library.json' with { type: 'json' };
import records from './en/records.json' with { type: 'json' };
import reader from './en/reader.json' with { type: 'json' };
import annotate from './en/annotate.json' with { type: 'json' };
import finder from './en/finder.json' with { type: 'json' };
import classroom from './en/classroom.json' with { type: 'json' };
import team from './en/team.json' with { type: 'json' };
import exportsCatalogue from './en/exports.json' with { type: 'json' };
import taxonomy from './en/taxonomy.json' with { type: 'json' };
import errors from './en/errors.json' with { type: 'json' };
import reports from './en/reports.json' with { type: 'json' };
import cli from './en/cli.json' with { type: 'json' };

const catalogues: LanguageCatalogues = { common, library, records, reader, annotate, finder, classroom, team, exports: exportsCatalogue, taxonomy, errors, reports, cli };
export default catalogues;
