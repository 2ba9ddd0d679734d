// A print view: a toolbar (print / save as PDF, back) over designed sheets of paper. The same
// page is what the desktop app turns into a PDF and what a browser sends to its print dialog.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArrowBack, IconPrinter } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import './print.css';

export type PageSize = 'A4' | 'Letter';

interface Props {
  /** File name offered when the desktop app saves the PDF, without extension. */
  fileName: string;
  pageSize?: PageSize;
  onBack: () => void;
  /**
   * Records the print in the audit trail; it runs before the page is printed or saved, and if it
   * fails nothing is printed (a print takes personal data off the desk like an export).
   */
  onPrint: () => Promise<void>;
  children: ReactNode;
}

export function PrintView({ fileName, pageSize = 'A4', onBack, onPrint, children }: Props) {
  const { t } = useTranslation();
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [notRecorded, setNotRecorded] = useState(false);
  const print = async () => {
    try {
      await onPrint();
      setNotRecorded(false);
    } catch (error) {
      console.error(error);
      setNotRecorded(true);
      return;
    }
    const path = await platform.printToPdf({
      suggestedName: `${fileName}.pdf`,
      pageSize,
      landscape: false,
    });
    setSavedTo(path);
  };
  return (
    <div className="print-view" data-page-size={pageSize}>
      <Group className="print-toolbar" justify="space-between">
        <Button
          variant="default"
          leftSection={<IconArrowBack size={16} aria-hidden />}
          onClick={onBack}
        >
          {t('print.back')}
        </Button>
        <Group gap="sm">
          {notRecorded && (
            <Alert color="red" role="alert" py={4} data-testid="print-not-recorded">
              {t('print.notRecorded')}
            </Alert>
          )}
          {savedTo && (
            <Text size="sm" role="status">
              {t('print.savedTo', { path: savedTo })}
            </Text>
          )}
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => void print()}
            data-autofocus
          >
            {platform.isDesktop ? t('print.savePdf') : t('print.print')}
          </Button>
        </Group>
      </Group>
      <main id="main">{children}</main>
    </div>
  );
}
