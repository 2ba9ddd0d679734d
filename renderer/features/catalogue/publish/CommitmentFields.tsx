// The commitment's fields, as the catalogue's commitment schema has them (the "shared on" day is
// set when the municipality first publishes). Errors arrive as message keys.
import { SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../../domain/countries';
import type { CommitmentDraft } from '../../../sync';
import { DateField } from '../../../ui/DateField';
import { collatorOf, countryName } from '../../../ui/format';
import { SearchableMultiSelect, SearchableSelect } from '../../../ui/SearchableSelect';
import type { DraftErrors, DraftField } from './commitmentDraft';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

export function CommitmentFields({
  draft,
  errors,
  onChange,
}: {
  draft: CommitmentDraft;
  errors: DraftErrors;
  onChange: (next: CommitmentDraft) => void;
}) {
  const { t, i18n } = useTranslation('publish');
  const lng = i18n.language;
  const countries = useMemo(() => {
    const collator = collatorOf(lng);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(lng, code) })).sort(
      (a, b) => collator.compare(a.label, b.label),
    );
  }, [lng]);
  const gcm = useMemo(
    () => numbers(23).map((n) => ({ value: String(n), label: t('form.gcmObjective', { n }) })),
    [t],
  );
  const sdgs = useMemo(
    () => numbers(17).map((n) => ({ value: String(n), label: t('form.sdg', { n }) })),
    [t],
  );
  const error = (field: DraftField) => {
    const key = errors[field];
    return key
      ? (t as (k: string) => string)(key.includes(':') ? key : `common:${key}`)
      : undefined;
  };
  const set = <K extends DraftField>(field: K, value: CommitmentDraft[K]) =>
    onChange({ ...draft, [field]: value });
  const text = (field: DraftField & keyof typeof TEXT_FIELDS) => ({
    label: t(TEXT_FIELDS[field]),
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
    error: error(field),
    dir: 'auto' as const,
  });

  return (
    <Stack gap="sm">
      <TextInput {...text('title')} required />
      <Textarea {...text('summary')} autosize minRows={3} maxRows={12} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...text('city')} />
        <SearchableSelect
          label={t('form.country')}
          data={countries}
          value={draft.country}
          onChange={(v) => set('country', v || null)}
          error={error('country')}
          clearable
        />
        <TextInput {...text('submitter')} />
        <TextInput {...text('stakeholderType')} description={t('form.stakeholderTypeHint')} />
        <TagsInput
          label={t('form.partners')}
          description={t('form.listHint')}
          value={draft.partners}
          onChange={(v) => set('partners', v)}
          error={error('partners')}
          clearable
        />
        <TagsInput
          label={t('form.themes')}
          description={t('form.themesHint')}
          value={draft.themes}
          onChange={(v) => set('themes', v)}
          error={error('themes')}
          clearable
        />
        <SearchableMultiSelect
          label={t('form.gcm')}
          data={gcm}
          value={draft.gcmObjectives.map(String)}
          onChange={(v) => set('gcmObjectives', v.map(Number))}
          error={error('gcmObjectives')}
          clearable
        />
        <SearchableMultiSelect
          label={t('form.sdgs')}
          data={sdgs}
          value={draft.sdgs.map(String)}
          onChange={(v) => set('sdgs', v.map(Number))}
          error={error('sdgs')}
          clearable
        />
        <TextInput {...text('geographicRelevance')} description={t('form.relevanceHint')} />
        <TextInput {...text('contact')} description={t('form.contactHint')} />
        <DateField
          label={t('form.startsOn')}
          value={draft.startsOn}
          onChange={(v) => set('startsOn', v)}
          error={error('startsOn')}
        />
        <DateField
          label={t('form.endsOn')}
          value={draft.endsOn}
          onChange={(v) => set('endsOn', v)}
          error={error('endsOn')}
        />
      </SimpleGrid>
    </Stack>
  );
}

const TEXT_FIELDS = {
  title: 'form.title',
  summary: 'form.summary',
  city: 'form.city',
  submitter: 'form.submitter',
  stakeholderType: 'form.stakeholderType',
  geographicRelevance: 'form.relevance',
  contact: 'form.contact',
} as const;
