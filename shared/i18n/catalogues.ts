// Every catalogue, bundled: the app works offline and the CLI needs no files beside it.
// Generated list; a namespace added to namespaces.ts gets its four imports here.
import type { Language } from './languages.js';
import type { Namespace } from './namespaces.js';

import en_common from './locales/en/common.json' with { type: 'json' };
import en_library from './locales/en/library.json' with { type: 'json' };
import en_records from './locales/en/records.json' with { type: 'json' };
import en_reader from './locales/en/reader.json' with { type: 'json' };
import en_annotate from './locales/en/annotate.json' with { type: 'json' };
import en_finder from './locales/en/finder.json' with { type: 'json' };
import en_classroom from './locales/en/classroom.json' with { type: 'json' };
import en_team from './locales/en/team.json' with { type: 'json' };
import en_exports from './locales/en/exports.json' with { type: 'json' };
import en_taxonomy from './locales/en/taxonomy.json' with { type: 'json' };
import en_errors from './locales/en/errors.json' with { type: 'json' };
import en_reports from './locales/en/reports.json' with { type: 'json' };
import en_cli from './locales/en/cli.json' with { type: 'json' };
import es_common from './locales/es/common.json' with { type: 'json' };
import es_library from './locales/es/library.json' with { type: 'json' };
import es_records from './locales/es/records.json' with { type: 'json' };
import es_reader from './locales/es/reader.json' with { type: 'json' };
import es_annotate from './locales/es/annotate.json' with { type: 'json' };
import es_finder from './locales/es/finder.json' with { type: 'json' };
import es_classroom from './locales/es/classroom.json' with { type: 'json' };
import es_team from './locales/es/team.json' with { type: 'json' };
import es_exports from './locales/es/exports.json' with { type: 'json' };
import es_taxonomy from './locales/es/taxonomy.json' with { type: 'json' };
import es_errors from './locales/es/errors.json' with { type: 'json' };
import es_reports from './locales/es/reports.json' with { type: 'json' };
import es_cli from './locales/es/cli.json' with { type: 'json' };
import fr_common from './locales/fr/common.json' with { type: 'json' };
import fr_library from './locales/fr/library.json' with { type: 'json' };
import fr_records from './locales/fr/records.json' with { type: 'json' };
import fr_reader from './locales/fr/reader.json' with { type: 'json' };
import fr_annotate from './locales/fr/annotate.json' with { type: 'json' };
import fr_finder from './locales/fr/finder.json' with { type: 'json' };
import fr_classroom from './locales/fr/classroom.json' with { type: 'json' };
import fr_team from './locales/fr/team.json' with { type: 'json' };
import fr_exports from './locales/fr/exports.json' with { type: 'json' };
import fr_taxonomy from './locales/fr/taxonomy.json' with { type: 'json' };
import fr_errors from './locales/fr/errors.json' with { type: 'json' };
import fr_reports from './locales/fr/reports.json' with { type: 'json' };
import fr_cli from './locales/fr/cli.json' with { type: 'json' };
import ar_common from './locales/ar/common.json' with { type: 'json' };
import ar_library from './locales/ar/library.json' with { type: 'json' };
import ar_records from './locales/ar/records.json' with { type: 'json' };
import ar_reader from './locales/ar/reader.json' with { type: 'json' };
import ar_annotate from './locales/ar/annotate.json' with { type: 'json' };
import ar_finder from './locales/ar/finder.json' with { type: 'json' };
import ar_classroom from './locales/ar/classroom.json' with { type: 'json' };
import ar_team from './locales/ar/team.json' with { type: 'json' };
import ar_exports from './locales/ar/exports.json' with { type: 'json' };
import ar_taxonomy from './locales/ar/taxonomy.json' with { type: 'json' };
import ar_errors from './locales/ar/errors.json' with { type: 'json' };
import ar_reports from './locales/ar/reports.json' with { type: 'json' };
import ar_cli from './locales/ar/cli.json' with { type: 'json' };

export type Catalogue = { [key: string]: string | Catalogue };

export const catalogues: Record<Language, Record<Namespace, Catalogue>> = {
  en: { common: en_common, library: en_library, records: en_records, reader: en_reader, annotate: en_annotate, finder: en_finder, classroom: en_classroom, team: en_team, exports: en_exports, taxonomy: en_taxonomy, errors: en_errors, reports: en_reports, cli: en_cli },
  es: { common: es_common, library: es_library, records: es_records, reader: es_reader, annotate: es_annotate, finder: es_finder, classroom: es_classroom, team: es_team, exports: es_exports, taxonomy: es_taxonomy, errors: es_errors, reports: es_reports, cli: es_cli },
  fr: { common: fr_common, library: fr_library, records: fr_records, reader: fr_reader, annotate: fr_annotate, finder: fr_finder, classroom: fr_classroom, team: fr_team, exports: fr_exports, taxonomy: fr_taxonomy, errors: fr_errors, reports: fr_reports, cli: fr_cli },
  ar: { common: ar_common, library: ar_library, records: ar_records, reader: ar_reader, annotate: ar_annotate, finder: ar_finder, classroom: ar_classroom, team: ar_team, exports: ar_exports, taxonomy: ar_taxonomy, errors: ar_errors, reports: ar_reports, cli: ar_cli },
};
