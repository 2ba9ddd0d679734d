// "Import a list" on the session page: opens the import in a dialog over the session.
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Seminar } from '../seminarTypes';
import { ImportModal } from './ImportModal';

export function ImportButton({ seminar }: { seminar: Seminar }) {
  const { t } = useTranslation('seminars');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={18} aria-hidden />}
        onClick={open}
      >
        {t('import.button')}
      </Button>
      {opened && <ImportModal seminar={seminar} onClose={close} />}
    </>
  );
}
