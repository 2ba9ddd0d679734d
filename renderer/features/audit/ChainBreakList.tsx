// Where the audit chain breaks, entry by entry, in words a supervisor can act on.
import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChainBreak } from '../../../domain/audit/chain';
import { formatDateTime, formatNumber } from '../../ui/format';

export function ChainBreakList({ breaks }: { breaks: readonly ChainBreak[] }) {
  const { t, i18n } = useTranslation('audit');
  const lng = i18n.language;
  const describe = (b: ChainBreak) => {
    const seq = b.seq === undefined ? '' : formatNumber(lng, b.seq);
    const at = b.entry ? formatDateTime(lng, b.entry.at) : '';
    const action = b.entry ? t(`actions.${b.entry.action}`, { defaultValue: b.entry.action }) : '';
    if (b.kind === 'missing') {
      return b.after
        ? t('chain.break.missingAfter', { seq, after: formatDateTime(lng, b.after.at) })
        : t('chain.break.missing', { seq });
    }
    return t(`chain.break.${b.kind}`, { seq, at, action });
  };
  return (
    <List size="sm" spacing={4} data-testid="audit-chain-breaks">
      {breaks.map((b, i) => (
        <List.Item key={`${b.kind}-${b.seq ?? b.entry?.id ?? i}`}>{describe(b)}</List.Item>
      ))}
    </List>
  );
}
