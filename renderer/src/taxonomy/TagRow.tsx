// One tag in the editor: colour, name, key, order, remove or restore, and its one-line definition.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { valueOrToast } from '../ui/toasts.js';
import { reloadTaxonomies } from './taxonomies.js';

interface Props {
  tag: Tag;
  first: boolean;
  last: boolean;
  onMove: (tag: Tag, delta: -1 | 1) => void;
  onRemove: (tag: Tag) => void;
}

/** Either way the store reloads: on a refusal that puts the field back to what is stored. */
async function update(input: Parameters<typeof gloss.tags.update>[0]) {
  valueOrToast(await gloss.tags.update(input));
  await reloadTaxonomies();
}

export function TagRow({ tag, first, last, onMove, onRemove }: Props) {
  const { t } = useTranslation('taxonomy');
  const of = { name: tag.name };
  const [name, setName] = useState(tag.name);
  const [key, setKey] = useState(tag.key ?? '');
  const [description, setDescription] = useState(tag.description);
  useEffect(() => setName(tag.name), [tag.name]);
  useEffect(() => setKey(tag.key ?? ''), [tag.key]);
  useEffect(() => setDescription(tag.description), [tag.description]);

  return (
    <li
      className={`tag-row${tag.removed ? ' removed' : ''}`}
      data-tag={tag.id}
      onKeyDown={(e) => {
        if (!e.altKey || tag.removed) return;
        if (e.key === 'ArrowUp' && !first) onMove(tag, -1);
        else if (e.key === 'ArrowDown' && !last) onMove(tag, 1);
        else return;
        e.preventDefault();
      }}
    >
      <label className="color-field">
        <span className="visually-hidden">{t('row.colour', of)}</span>
        <input type="color" value={tag.color} disabled={tag.removed} onChange={(e) => void update({ id: tag.id, color: e.target.value })} />
      </label>
      <label className="name-field">
        <span className="visually-hidden">{t('row.name', of)}</span>
        <input
          type="text"
          dir="auto"
          value={name}
          disabled={tag.removed}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() && name !== tag.name && void update({ id: tag.id, name })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </label>
      <label className="key-field">
        <span className="visually-hidden">{t('row.key', of)}</span>
        <input
          type="text"
          maxLength={1}
          placeholder={t('row.keyPlaceholder')}
          value={key}
          disabled={tag.removed}
          onChange={(e) => setKey(e.target.value.toLowerCase())}
          onBlur={() => key !== (tag.key ?? '') && void update({ id: tag.id, key: key || null })}
        />
      </label>
      {tag.removed ? (
        <button
          type="button"
          onClick={async () => {
            if (valueOrToast(await gloss.tags.restore({ id: tag.id }))) await reloadTaxonomies();
          }}
        >
          {t('row.restore')}
        </button>
      ) : (
        <>
          <button type="button" className="icon-button" aria-label={t('row.up', of)} data-move="up" disabled={first} onClick={() => onMove(tag, -1)}>
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={t('row.down', of)} data-move="down" disabled={last} onClick={() => onMove(tag, 1)}>
            ↓
          </button>
          <button type="button" className="icon-button" aria-label={t('row.remove', of)} onClick={() => onRemove(tag)}>
            🗑
          </button>
        </>
      )}
      <label className="description-field">
        <span className="visually-hidden">{t('row.definition', of)}</span>
        <input
          type="text"
          dir="auto"
          maxLength={2000}
          placeholder={t('row.definitionPlaceholder')}
          value={description}
          disabled={tag.removed}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => description !== tag.description && void update({ id: tag.id, description })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </label>
    </li>
  );
}
