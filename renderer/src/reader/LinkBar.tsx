// While a link is being made: what it links from, a list of the other panes' claims to pick
// from (the keyboard way), and cancel. Clicking a highlight in another pane works too.
import { useEffect, useState } from 'react';
import { annotationStore, findAnnotation, isPending, linkAnnotations } from '../annotate/annotationStore.js';
import { showToast } from '../ui/toasts.js';
import { interaction, stopLinking } from './interaction.js';

export function LinkBar({ articleIds }: { articleIds: string[] }) {
  const { linking } = interaction.use();
  const all = annotationStore.use();
  const [choice, setChoice] = useState('');
  useEffect(() => setChoice(''), [linking]);
  useEffect(() => {
    if (!linking) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && stopLinking();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [linking]);
  if (!linking) return null;
  const from = findAnnotation(linking.fromId);
  const candidates = articleIds
    .filter((id) => id !== from?.articleId)
    .flatMap((id) => (all.get(id) ?? []).filter((a) => !a.orphaned && !isPending(a)));

  const link = async () => {
    if (!choice) return;
    stopLinking();
    if (await linkAnnotations(linking.fromId, choice, linking.relation)) showToast('Claims linked.');
  };

  return (
    <div className="link-bar" role="region" aria-label="Link claims">
      <span>
        Linking “{from?.quote.exact.slice(0, 50)}” as <strong>{linking.relation === 'same-claim' ? 'same claim' : 'contradicts'}</strong>: click
        a highlight in another pane, or pick one:
      </span>
      <label>
        <span className="visually-hidden">Claim to link to</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a claim…</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {a.quote.exact.slice(0, 70)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={!choice} onClick={link}>
        Link
      </button>
      <button type="button" onClick={stopLinking}>
        Cancel
      </button>
    </div>
  );
}
