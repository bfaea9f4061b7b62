// Why a dialog's form was not sent, said where the person looks: the message is scrolled into view
// (a long form's body scrolls, and the message sits under its last field, out of sight at 700 px),
// and takes focus when focus fell to the page (the Send button it had was disabled while busy).
import { useEffect, useRef } from 'react';

export function FormError({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const el = ref.current!;
    el.scrollIntoView({ block: 'nearest' });
    if (!document.activeElement || document.activeElement === document.body) el.focus({ preventScroll: true });
  }, [message]);
  return (
    <p ref={ref} className="form-error" role="alert" tabIndex={-1}>
      {message}
    </p>
  );
}
