// The printable case summary: a designed page with the desk's name, the date and a
// confidentiality line; the desktop app saves it as PDF through the platform contract.
import { Center, Loader, Table, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { shownClientRole } from '../../../../domain/cases/caseAccess';
import { fullName } from '../../../../domain/people/personTokens';
import { formatDate, formatDateTime, formatList } from '../../../ui/format';
import { LtrRuns, PrintSheet, PrintView } from '../../../ui/print';
import { useRole } from '../../accounts';
import { useRecordPrint } from '../../audit';
import { useDesk, usePresetLabel, usePrivacyLaw } from '../../settings';
import { useRecordExport } from './useRecordAccess';
import { useCaseView } from './useCaseView';
import { useDetailRows } from './useDetailRows';
import { usePartnerName } from './usePartnerName';

export function CaseSummaryPrint() {
  const { t, i18n } = useTranslation('cases');
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const { profile } = useDesk();
  const label = usePresetLabel();
  const law = usePrivacyLaw();
  const view = useCaseView(caseId);
  const detailRows = useDetailRows(view?.record);
  const partnerName = usePartnerName(view ?? { stakeholderNames: {} });
  const recordExport = useRecordExport();
  const recordPrint = useRecordPrint();
  const role = useRole();
  useEffect(() => void recordExport('cases', caseId), [recordExport, caseId]);

  if (!view)
    return (
      <Center py="xl">{view === undefined ? <Loader aria-hidden /> : t('page.notFound')}</Center>
    );
  const { record, client, ofw } = view;
  // Not on a clerk's sheet where the role may say "refugee or asylum seeker" (never read anyway).
  const clientRole = shownClientRole(role, record.clientRole);
  const lng = i18n.language;
  // Phone numbers, amounts and addresses stay left-to-right inside an Arabic page.
  const rows: [string, ReactNode][] = [
    [t('summary.reference'), record.reference],
    [t('page.status'), label('statuses', record.status)],
    [t('intake.urgency'), t(`urgency.${record.urgency}`)],
    [
      t('page.categories'),
      formatList(
        lng,
        record.categories.map((id) => label('categories', id)),
      ),
    ],
    [
      t('summary.client'),
      client
        ? [fullName(client), clientRole && label('clientRoles', clientRole)]
            .filter(Boolean)
            .join(' · ')
        : '',
    ],
    ...(ofw ? [[t('summary.ofw'), fullName(ofw)] as [string, ReactNode]] : []),
    [t('summary.phone'), client?.phone ? <bdi dir="ltr">{client.phone}</bdi> : ''],
    [t('intake.channel'), t(`channel.${record.channel}`)],
    ...detailRows.map((row): [string, ReactNode] => [row.label, <LtrRuns text={row.value} />]),
    ...(record.outcome
      ? [[t('summary.outcome'), <LtrRuns text={record.outcome} />] as [string, ReactNode]]
      : []),
  ];
  const events = [...view.events].reverse();

  return (
    <PrintView
      fileName={record.reference}
      onBack={() => void navigate(`/cases/${record.id}`)}
      onPrint={() => recordPrint('caseSummary', 'cases', record.id)}
    >
      <PrintSheet
        language={lng}
        header={{
          start: <strong>{`${profile.deskName} · ${profile.municipality}`}</strong>,
          end: t('summary.printed', { date: formatDate(lng, new Date()) }),
        }}
        footer={t('summary.confidential', { law })}
        testId="case-summary"
      >
        <Title order={1} size="h3" mb="sm">
          {t('summary.title')} <span className="ltr-inline">{record.reference}</span>
        </Title>
        <Table withRowBorders={false} mb="md">
          <Table.Tbody>
            {rows.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Th w="30%">{name}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={2} size="h5">
          {t('summary.description')}
        </Title>
        <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {view.restricted ? t('page.restricted') : <LtrRuns text={record.description} />}
        </Text>
        {events.length > 0 && (
          <Title order={2} size="h5">
            {t('summary.timeline')}
          </Title>
        )}
        {events.map((e) => (
          <Text key={e.id} size="sm" mb={4}>
            <strong>{formatDateTime(lng, e.at)}</strong> —{' '}
            {t(`events.${e.type}`, {
              partner: partnerName(e.partnerId),
              date: formatDate(lng, e.dueAt ?? e.at),
              from: label('statuses', e.fromStatus ?? ''),
              to: label('statuses', e.toStatus ?? ''),
            })}
            {e.text ? (
              <>
                : <LtrRuns text={e.text} />
              </>
            ) : (
              ''
            )}
          </Text>
        ))}
      </PrintSheet>
    </PrintView>
  );
}
