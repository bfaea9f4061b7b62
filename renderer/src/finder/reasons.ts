// The reasons the claim finder gives (electron/core/finder/features.ts), in the reader's language.
import { useTranslation } from 'react-i18next';
import type { SuggestionReason } from '../../../shared/model.js';

export function useReasonLabel(): (reason: SuggestionReason) => string {
  const { t } = useTranslation('finder');
  const labels: Record<SuggestionReason, string> = {
    figure: t('reason.figure'),
    attribution: t('reason.attribution'),
    comparison: t('reason.comparison'),
    'named entity': t('reason.namedEntity'),
  };
  return (reason) => labels[reason];
}
