// Importing the desk's old logbook, step by step: the file → what each column holds → what the
// values of the file stand for and the order of its dates → a preview that writes nothing →
// one all-or-nothing import with progress and a cancel → a summary with the refused rows.
// The officer may go back to any earlier step; the preview is worked out again.
import { Alert, Stack, Stepper, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useErrorText } from '../../../ui/useErrorText';
import { LogbookColumnsStep } from './LogbookColumnsStep';
import { LogbookFileStep } from './LogbookFileStep';
import { LogbookPreviewStep } from './LogbookPreviewStep';
import { LogbookSummaryStep } from './LogbookSummaryStep';
import { LogbookValuesStep } from './LogbookValuesStep';
import { STEPS, useLogbookImport, type Step } from './useLogbookImport';

const TITLED: readonly Exclude<Step, 'done'>[] = ['file', 'columns', 'values', 'preview'];

export function LogbookImportPage() {
  const { t } = useTranslation('logbook');
  const describeError = useErrorText();
  const flow = useLogbookImport();
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const active = STEPS.indexOf(flow.step);
  const busy = flow.progress !== null;

  // A new step is read from its heading: the focus goes there, for the keyboard and screen readers.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [flow.step]);

  const guard = useCallback(
    async (action: () => Promise<void>, message: 'failed' | 'planFailed' = 'failed') => {
      setFailure(null);
      try {
        await action();
      } catch (error) {
        setFailure(t(`preview.${message}`, { reason: describeError(error) }));
      }
    },
    [t, describeError],
  );

  const go = (step: Step) => {
    setFailure(null);
    flow.setStep(step);
  };

  return (
    <Stack gap="md" data-testid="logbook-import">
      <PageHeader title={t('title')} />
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Stepper
        active={active}
        size="sm"
        allowNextStepsSelect={false}
        onStepClick={(index) => {
          if (!busy && flow.step !== 'done' && index < active) go(STEPS[index]!);
        }}
      >
        {TITLED.map((step) => (
          <Stepper.Step
            key={step}
            label={t(`steps.${step}`)}
            description={t(`steps.${step}Hint`)}
            allowStepSelect={!busy && flow.step !== 'done' && STEPS.indexOf(step) < active}
          />
        ))}
      </Stepper>
      <Title order={2} size="h3" tabIndex={-1} ref={heading} data-testid="logbook-step">
        {flow.step === 'done' ? t('summary.title') : t(`steps.${flow.step}`)}
      </Title>
      {flow.step === 'file' && (
        <LogbookFileStep flow={flow} onNext={() => go('columns')} onPick={() => guard(flow.pick)} />
      )}
      {flow.step === 'columns' && (
        <LogbookColumnsStep flow={flow} onBack={() => go('file')} onNext={() => go('values')} />
      )}
      {flow.step === 'values' && (
        <LogbookValuesStep flow={flow} onBack={() => go('columns')} onNext={() => go('preview')} />
      )}
      {flow.step === 'preview' && (
        <LogbookPreviewStep
          flow={flow}
          onBack={() => go('values')}
          onImport={() => guard(flow.run)}
        />
      )}
      {flow.step === 'done' && flow.summary && (
        <LogbookSummaryStep flow={flow} summary={flow.summary} />
      )}
      {failure && (
        <Alert color="red" role="alert" data-testid="logbook-failure">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
