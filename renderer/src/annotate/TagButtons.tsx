// The status and technique pickers of the popover: a colour swatch, the name, and its key.
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../shared/model.js';

interface Props {
  legend: string;
  tags: readonly Tag[];
  isOn: (tag: Tag) => boolean;
  onPick: (tag: Tag) => void;
  disabled?: boolean;
}

export function TagButtons({ legend, tags, isOn, onPick, disabled }: Props) {
  const { t } = useTranslation('annotate');
  return (
    <fieldset className="tag-buttons">
      <legend>{legend}</legend>
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          className="tag-button"
          aria-pressed={isOn(tag)}
          disabled={disabled}
          title={tag.description || tag.name}
          onClick={() => onPick(tag)}
        >
          <span className="swatch" style={{ backgroundColor: tag.color }} aria-hidden="true" />
          <span className="tag-name">{tag.name}</span>
          {/* Upper case: a lower-case "l" reads as "1" in many fonts. */}
          {tag.key && <kbd aria-label={t('tags.key', { key: tag.key })}>{tag.key.toUpperCase()}</kbd>}
        </button>
      ))}
    </fieldset>
  );
}
