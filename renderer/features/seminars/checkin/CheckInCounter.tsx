// Present / registered / capacity, large enough to read from across the room, each number with
// its word; announced politely to screen readers as it changes.
import { useTranslation } from 'react-i18next';
import type { SeatCounts } from '../../../../domain/seminars/capacity';
import { formatNumber } from '../../../ui/format';

export function CheckInCounter({ counts }: { counts: SeatCounts }) {
  const { t, i18n } = useTranslation('seminars');
  const cells = [
    { key: 'present', label: t('checkIn.present'), value: counts.present },
    { key: 'registered', label: t('checkIn.registered'), value: counts.registered },
    { key: 'capacity', label: t('checkIn.capacity'), value: counts.capacity },
  ];
  return (
    <div
      className="checkin-counter"
      role="status"
      aria-live="polite"
      aria-label={t('checkIn.counterLabel', {
        present: counts.present,
        registered: counts.registered,
        capacity: counts.capacity,
      })}
      data-testid="check-in-counter"
      data-over={counts.overCapacity || undefined}
    >
      {cells.map((cell) => (
        <div key={cell.key} className="checkin-count" data-count={cell.key}>
          <span className="checkin-count-value ltr-inline" data-testid={`count-${cell.key}`}>
            {formatNumber(i18n.language, cell.value)}
          </span>
          <span className="checkin-count-label">{cell.label}</span>
        </div>
      ))}
      {counts.waitlisted > 0 && (
        <div className="checkin-count" data-count="waitlisted">
          <span className="checkin-count-value ltr-inline" data-testid="count-waitlisted">
            {formatNumber(i18n.language, counts.waitlisted)}
          </span>
          <span className="checkin-count-label">{t('checkIn.waitlisted')}</span>
        </div>
      )}
    </div>
  );
}
