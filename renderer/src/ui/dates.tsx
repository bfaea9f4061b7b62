import type { ReactNode } from 'react';
import { formatDay } from '../../../shared/i18n/format.js';
import { directionOf } from '../../../shared/i18n/languages.js';
import { useLanguage } from '../i18n.js';

// Dates are shown one way throughout, in the interface's language ("15 Mar 2025", "15 mars 2025").
// The element isolates its direction, so right-to-left text around it cannot reorder it.

/** A date (YYYY-MM-DD, or a full ISO time, read as its calendar date) for people. */
export function DateText({ iso }: { iso: string }) {
  const language = useLanguage();
  return (
    <time dateTime={iso.slice(0, 10)} dir={directionOf(language)}>
      {formatDay(iso, language)}
    </time>
  );
}

/** Outlet, date and the like, joined by dots: the date after the first part; each part
 * isolated, so that an Arabic outlet cannot turn the date around. */
export function MetaLine({ parts, date }: { parts: Array<string | null | undefined>; date: string | null }) {
  const items: ReactNode[] = parts.filter((p): p is string => !!p).map((p, i) => <bdi key={i}>{p}</bdi>);
  if (date) items.splice(1, 0, <DateText key="date" iso={date} />);
  return <>{items.flatMap((item, i) => (i ? [' · ', item] : [item]))}</>;
}
