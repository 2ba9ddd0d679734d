// Settings → Staff, for an administrator: who can sign in and with which role, a new staff member,
// a forgotten passphrase reset, a removal; and how long the desk waits before it locks itself.
import { Alert, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../ui/SearchableSelect';
import type { Account } from './accountRepository';
import { AddStaffModal } from './AddStaffModal';
import { LOCK_MINUTES_CHOICES } from './lockSettings';
import { ResetPassphraseModal } from './ResetPassphraseModal';
import { RoleSelect } from './RoleSelect';
import { useSession } from './SessionContext';
import { useAccountErrorText } from './useAccountErrorText';
import { useAccounts } from './useAccounts';
import { useLockMinutes, useStaffActions } from './useStaffActions';

function LockAfter() {
  const { t } = useTranslation('accounts');
  const [minutes, save] = useLockMinutes();
  const choices = [...new Set([...LOCK_MINUTES_CHOICES, ...(minutes ? [minutes] : [])])].sort(
    (a, b) => a - b,
  );
  return (
    <SearchableSelect
      label={t('staff.lockTitle')}
      description={t('staff.lockHint')}
      data={choices.map((m) => ({ value: String(m), label: t('staff.lockMinutes', { count: m }) }))}
      value={minutes === undefined ? null : String(minutes)}
      onChange={(value) => value && void save(Number(value))}
      allowDeselect={false}
      maw={320}
    />
  );
}

interface RowProps {
  account: Account;
  onReset: (account: Account) => void;
  onRemove: (account: Account) => void;
}

function StaffRow({ account, onReset, onRemove }: RowProps) {
  const { t } = useTranslation('accounts');
  const session = useSession();
  const actions = useStaffActions();
  const errorText = useAccountErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  const self = account.id === session.staffId;
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <Table.Tr data-testid="staff-row">
      <Table.Td>
        {account.name}
        {self && ` (${t('staff.you')})`}
      </Table.Td>
      <Table.Td>
        <RoleSelect
          value={account.role}
          onChange={(role) => void run(() => actions.changeRole(account.id, role))}
          aria-label={t('staff.changeRole', { name: account.name })}
        />
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => onReset(account)}>
            {t('staff.resetPassphrase')}
          </Button>
          {!self && (
            <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(account)}>
              {t('staff.remove')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function StaffPanel() {
  const { t } = useTranslation('accounts');
  const accounts = useAccounts() ?? [];
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [removing, setRemoving] = useState<Account | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = useStaffActions();
  const errorText = useAccountErrorText();
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const remove = async (account: Account) => {
    try {
      await actions.remove(account.id);
      setRemoving(null);
      setDone(t('staff.removed', { name: account.name }));
    } catch (error) {
      setRemoveProblem(errorText(error));
    }
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="staff-title">
      <Title order={2} size="h4" id="staff-title">
        {t('staff.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('staff.description')}
      </Text>
      <Text size="sm">{t('staff.roleHelp')}</Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.name')}</Table.Th>
            <Table.Th>{t('staff.role')}</Table.Th>
            <Table.Th>{t('staff.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <StaffRow
              key={account.id}
              account={account}
              onReset={setResetting}
              onRemove={setRemoving}
            />
          ))}
        </Table.Tbody>
      </Table>
      {done && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      <Group>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('staff.add')}
        </Button>
      </Group>
      <LockAfter />
      <AddStaffModal
        opened={adding}
        onClose={(name) => {
          setAdding(false);
          if (name) setDone(t('staff.added', { name }));
        }}
      />
      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          setRemoveProblem(null);
        }}
        title={removing ? t('staff.removeTitle', { name: removing.name }) : ''}
      >
        <Stack gap="sm">
          <Text size="sm">{removing && t('staff.removeText', { name: removing.name })}</Text>
          {removeProblem && (
            <Text c="red" size="sm" role="alert">
              {removeProblem}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
              {t('staff.cancel')}
            </Button>
            <Button color="red" onClick={() => removing && void remove(removing)}>
              {t('staff.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ResetPassphraseModal
        account={resetting}
        onClose={(changed) => {
          if (changed && resetting) setDone(t('staff.reset', { name: resetting.name }));
          setResetting(null);
        }}
      />
    </Stack>
  );
}
