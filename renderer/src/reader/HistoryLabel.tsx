// An Undo or Redo button's words ("Undo: status of “…”"): when they do not fit, the quote is cut
// at its own end, in its own direction, and the step before it stays whole. Cut as one line at the
// button's end, an English quote in an Arabic label lost its beginning ("«…yahu has cancelled»").
export function HistoryLabel({ text }: { text: string }) {
  // describeStep isolates the quote (FSI…PDI).
  const [before, quote, after] = text.split(/(\u2068[^\u2069]*\u2069)/);
  if (quote === undefined) return text;
  return (
    <>
      {before}
      <bdi className="history-quote">{quote}</bdi>
      {after}
    </>
  );
}
