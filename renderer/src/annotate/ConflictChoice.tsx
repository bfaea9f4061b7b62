// An annotation changed on both sides (an exchange file or the team hub): show theirs, who made
// it, and let the person choose.
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { resolveConflict } from './annotationStore.js';

export function ConflictChoice({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation('annotate');
  const { byId } = useTags();
  const theirs = annotation.conflict;
  if (!theirs) return null;
  const status = theirs.theirs.statusTagId ? byId.get(theirs.theirs.statusTagId)?.name ?? t('conflict.unknownStatus') : t('conflict.noStatus');
  const from = theirs.theirs.updatedBy ? t('conflict.fromBy', { name: theirs.theirs.updatedBy, source: theirs.source }) : t('conflict.from', { source: theirs.source });
  return (
    <div className="conflict" role="group" aria-label={t('conflict.label')}>
      <p>
        <strong>{t('conflict.changedElsewhere')}</strong> {from}: {theirs.theirs.deleted ? t('conflict.deleted') : status}
        {!theirs.theirs.deleted && theirs.theirs.tagIds.length > 0 && `, ${theirs.theirs.tagIds.map((id) => byId.get(id)?.name ?? id).join(', ')}`}
        {!theirs.theirs.deleted && theirs.theirs.note && ` — ${t('claim.quote', { text: theirs.theirs.note })}`}
        {!theirs.theirs.deleted && theirs.theirs.evidence?.map((e) => ` · ${e.title || e.url}`).join('')}
      </p>

      <div className="row">
        <button type="button" onClick={() => resolveConflict(annotation.id, 'ours')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => resolveConflict(annotation.id, 'theirs')}>
          {t('conflict.keepTheirs')}
        </button>
      </div>
    </div>
  );
}
