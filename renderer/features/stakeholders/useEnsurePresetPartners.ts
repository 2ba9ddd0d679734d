// Once the desk is set up (and again if its preset changes), its preset's referral partners
// become stakeholders, named in the desk's language, so that referrals choose from stakeholders.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getPreset, presetLabelKey } from '../../../domain/presets';
import { useWriteContext } from '../../db';
import { useDesk } from '../settings';
import { ensurePresetPartners } from './stakeholderRepository';

export function useEnsurePresetPartners() {
  const ctx = useWriteContext();
  const { i18n } = useTranslation();
  const { profile } = useDesk();
  const { presetId, country, language } = profile;

  useEffect(() => {
    const preset = getPreset(presetId);
    const names = i18n.getFixedT(language, 'presets');
    const fullName = (id: string) => names(presetLabelKey(presetId, 'partners', id) as never);
    ensurePresetPartners(ctx, preset, { country, fullName }).catch((error: unknown) => {
      // Not fatal: the desk works without them, and the next start tries again.
      console.error('Could not add the preset referral partners as stakeholders', error);
    });
  }, [ctx, i18n, presetId, country, language]);
}
