// Exports the map as SVG or PNG through the platform (a save dialog in the desktop app, a
// download in a browser), and records which stakeholders it showed in the audit trail.
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import { useWriteContext } from '../../../db';
import { platform } from '../../../platform';
import { directionOfLanguage } from '../../../ui/directionOfLanguage';
import { formatDate } from '../../../ui/format';
import { useDesk } from '../../settings';
import { snapshotToPng, standaloneSvg } from './mapExport';
import { recordStakeholderExport } from '../stakeholderRepository';
import { useExportState } from '../useExportState';

export function useMapExport(svgRef: RefObject<SVGSVGElement | null>, ids: readonly string[]) {
  const { t, i18n } = useTranslation('stakeholders');
  const ctx = useWriteContext();
  const { profile } = useDesk();
  const { status, run } = useExportState();

  const exportMap = useCallback(
    (format: 'svg' | 'png') =>
      run(async () => {
        const svg = svgRef.current;
        if (!svg) return null;
        const now = new Date();
        const title = t('map.exportTitle', {
          desk: profile.deskName,
          date: formatDate(i18n.language, now, 'long'),
        });
        const snapshot = standaloneSvg(svg, title, directionOfLanguage(i18n.language) === 'rtl');
        const data = format === 'svg' ? snapshot.svg : await snapshotToPng(snapshot);
        const date = localDay(now);
        const path = await platform.saveFile({
          suggestedName: `${t('export.mapFileName', { date })}.${format}`,
          filters: [{ name: format.toUpperCase(), extensions: [format] }],
          data,
        });
        if (path !== null) await recordStakeholderExport(ctx, ids);
        return path;
      }),
    [run, svgRef, t, i18n.language, profile.deskName, ctx, ids],
  );
  return { exportMap, status };
}
