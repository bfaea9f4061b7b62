// The end of making a link, by a click in another pane or the link bar's picker: link, say so,
// and take focus back to the claim it was made from.
import { findAnnotation, linkAnnotations } from '../annotate/annotationStore.js';
import { i18n } from '../i18n.js';
import { showToast } from '../ui/toasts.js';
import { interaction, requestFocus, stopLinking } from './interaction.js';

export async function completeLink(toId: string): Promise<void> {
  const linking = interaction.get().linking;
  if (!linking) return;
  stopLinking();
  if (await linkAnnotations(linking.fromId, toId, linking.relation)) showToast(i18n.t('reader:link.done'));
  const from = findAnnotation(linking.fromId);
  if (from) requestFocus(from.articleId, from.id);
}
