// Adding or editing an organisation; after saving, its page opens with "Saved at HH:MM".
import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type {
  StakeholderFormInput,
  StakeholderFormValues,
} from '../../../../domain/stakeholders/formSchema';
import { PageHeader } from '../../../ui/PageHeader';
import type { StoredStakeholder } from '../stakeholderRepository';
import { useStakeholder } from '../useStakeholders';
import { useStakeholderWrites } from '../useStakeholderWrites';
import { StakeholderForm } from './StakeholderForm';

const NEW_STAKEHOLDER = {
  name: '',
  type: '',
  engagement: 'none',
  contacts: [],
} as unknown as StakeholderFormInput;

function formValuesOf(s: StoredStakeholder): StakeholderFormInput {
  const { name, type, country, city, latitude, longitude, languages, sectors } = s;
  const { servicesOffered, contacts, engagement, notes } = s;
  return {
    name,
    type,
    country,
    city,
    latitude,
    longitude,
    languages,
    sectors,
    servicesOffered,
    contacts,
    engagement,
    notes,
  };
}

export function StakeholderFormPage() {
  const { t } = useTranslation('stakeholders');
  const { id } = useParams();
  const navigate = useNavigate();
  const writes = useStakeholderWrites();
  const existing = useStakeholder(id ?? '');

  const save = async (values: StakeholderFormValues) => {
    const saved = id ? await writes.update(id, values) : await writes.create(values);
    await navigate(`/stakeholders/${saved.id}`, { state: { savedAt: Date.now() } });
  };
  const cancel = () => void navigate(id ? `/stakeholders/${id}` : '/stakeholders');

  if (id && existing === undefined) {
    return (
      <Center mih={200}>
        <Loader aria-hidden />
      </Center>
    );
  }
  if (id && !existing) return <Text role="alert">{t('detail.notFound')}</Text>;
  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title={existing ? t('form.editTitle', { name: existing.name }) : t('form.newTitle')}
      />
      <Paper withBorder p="lg">
        <StakeholderForm
          defaultValues={existing ? formValuesOf(existing) : NEW_STAKEHOLDER}
          onSubmit={save}
          onCancel={cancel}
        />
      </Paper>
    </Stack>
  );
}
