// A labelled drop-down: the shape every filter and picker in Gloss shares.
export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  /** Keep the label for screen readers only, where the first option already says what the list is. */
  hideLabel?: boolean;
  value: string;
  options: readonly Option[];
  /** A first option with the empty value: "Any", "All statuses", "Add a pane…". */
  placeholder?: string;
  onChange: (value: string) => void;
}

export function Choice({ label, hideLabel = false, value, options, placeholder, onChange }: Props) {
  return (
    <label>
      {hideLabel ? <span className="visually-hidden">{label}</span> : label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function optionsOf(items: ReadonlyArray<{ id: string; name: string }>): Option[] {
  return items.map((i) => ({ value: i.id, label: i.name }));
}
