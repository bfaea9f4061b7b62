// Evidence links on a claim: a URL and a title each; added and removed in place.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model.js';
import { updateAnnotation } from './annotationStore.js';

/** "example.org/report" means https://example.org/report: people rarely type the scheme. */
export function withScheme(url: string): string {
  const trimmed = url.trim();
  return !trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`;
}

export function EvidenceList({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation('annotate');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const current = annotation.evidence.map(({ url, title, note }) => ({ url, title, note }));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!url.trim() && !title.trim()) return;
    const ok = await updateAnnotation({
      id: annotation.id,
      evidence: [...current, { url: withScheme(url) || null, title: title.trim(), note: '' }],
    });
    if (ok) {
      setUrl('');
      setTitle('');
    }
  };

  return (
    <section className="evidence" aria-label={t('evidence.title')}>
      <h3>{t('evidence.title')}</h3>
      {annotation.evidence.length > 0 && (
        <ul>
          {annotation.evidence.map((ev, i) => (
            <li key={ev.id}>
              {ev.url ? (
                <a href={ev.url} target="_blank" rel="noreferrer noopener">
                  {ev.title || ev.url}
                </a>
              ) : (
                <span>{ev.title}</span>
              )}
              <button
                type="button"
                className="icon-button"
                aria-label={t('evidence.remove', { name: ev.title || ev.url })}
                onClick={() => updateAnnotation({ id: annotation.id, evidence: current.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="evidence-form" onSubmit={add}>
        <label>
          <span className="visually-hidden">{t('evidence.url')}</span>
          <input type="text" inputMode="url" placeholder={t('evidence.urlPlaceholder')} value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          <span className="visually-hidden">{t('evidence.titleLabel')}</span>
          <input type="text" dir="auto" placeholder={t('evidence.titlePlaceholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit">{t('evidence.add')}</button>
      </form>
    </section>
  );
}
