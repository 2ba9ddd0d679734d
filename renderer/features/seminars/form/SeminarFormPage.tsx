// /seminars/new and /seminars/:id/edit: the session form, saved through the repository. Enter
// in a field saves; Esc goes back without saving.
import { Center, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  emptySeminarForm,
  seminarFormValues,
  toSeminarFields,
  type SeminarFormOutput,
} from '../../../../domain/seminars/seminarForm';
import { PageHeader } from '../../../ui/PageHeader';
import { useDesk, usePreset } from '../../settings';
import { useSeminarActions } from '../useSeminarActions';
import { useSeminar } from '../useSeminars';
import { SeminarForm } from './SeminarForm';

export function SeminarFormPage() {
  const { t } = useTranslation('seminars');
  const { id } = useParams();
  const navigate = useNavigate();
  const preset = usePreset();
  const { profile } = useDesk();
  const actions = useSeminarActions();
  const existing = useSeminar(id);

  if (id && !existing) {
    return (
      <Center py="xl">
        {existing === undefined ? <Loader aria-hidden /> : t('page.notFound')}
      </Center>
    );
  }
  const defaults = existing
    ? seminarFormValues(existing)
    : emptySeminarForm(preset.seminarTypes[0] ?? '', profile.language);
  const back = () => void navigate(existing ? `/seminars/${existing.id}` : '/seminars');

  const save = async (values: SeminarFormOutput) => {
    const fields = toSeminarFields(values);
    if (existing) {
      const promoted = await actions.update(existing.id, fields);
      if (promoted.length > 0) {
        notifications.show({ message: t('form.promoted', { number: promoted.length }) });
      }
      await navigate(`/seminars/${existing.id}`);
    } else {
      const created = await actions.create(fields);
      await navigate(`/seminars/${created.id}`);
    }
  };

  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={existing ? t('form.editTitle') : t('form.newTitle')}
        titleId="seminar-form-title"
      />
      <SeminarForm defaults={defaults} onSave={save} onCancel={back} />
    </Stack>
  );
}
