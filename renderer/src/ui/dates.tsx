import type { ReactNode } from 'react';

// Dates are shown one way throughout: "15 Mar 2025", the same in every locale and direction.
// The element isolates its direction, so right-to-left text around it cannot reorder it.
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A date (YYYY-MM-DD, or a full ISO time, read as its calendar date) for people. */
export function formatDate(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const date = day ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export function DateText({ iso }: { iso: string }) {
  return (
    <time dateTime={iso.slice(0, 10)} dir="ltr">
      {formatDate(iso)}
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
