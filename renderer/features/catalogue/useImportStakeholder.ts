// "Import into my map" for one shared stakeholder; a refused write is said in plain words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteContext } from '../../db';
import { useErrorText } from '../../ui/useErrorText';
import { importStakeholder } from './catalogueRepository';
import type { StakeholderView } from './catalogueViews';

export function useImportStakeholder() {
  const ctx = useWriteContext();
  const { t } = useTranslation();
  const describeError = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const importOne = async (view: StakeholderView) => {
    setBusy(true);
    setProblem(null);
    try {
      await importStakeholder(ctx, view);
    } catch (error) {
      setProblem(t('errors.saveFailed', { reason: describeError(error) }));
    } finally {
      setBusy(false);
    }
  };
  return { importOne, busy, problem };
}
