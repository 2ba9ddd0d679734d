// The sections of a handout that have text, in a fixed order, with labels in its language.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/records';
import type { HandoutContent } from '../../../../domain/records/handout';
import { LtrRuns } from '../../../ui/print';

type ListSection = 'keyPoints' | 'documents' | 'steps';
type TextSection = 'eligibility' | 'whereToApply' | 'notes';

const LIST_CLASS: Record<ListSection, string> = {
  keyPoints: 'handout-keypoints',
  documents: 'handout-checklist',
  steps: 'handout-steps',
};

export function HandoutSections({
  content,
  language,
}: {
  content: HandoutContent;
  language: Language;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'services');
  const list = (key: ListSection) =>
    content[key].length > 0 && (
      <section>
        <h2>{t(`sheet.sections.${key}`)}</h2>
        {key === 'steps' ? (
          <ol className={LIST_CLASS[key]}>{items(content[key])}</ol>
        ) : (
          <ul className={LIST_CLASS[key]}>{items(content[key])}</ul>
        )}
      </section>
    );
  const text = (key: TextSection) =>
    content[key]?.trim() && (
      <section>
        <h2>{t(`sheet.sections.${key}`)}</h2>
        <p>
          <LtrRuns text={content[key]} />
        </p>
      </section>
    );
  return (
    <>
      {content.summary?.trim() && (
        <p className="handout-summary">
          <LtrRuns text={content.summary} />
        </p>
      )}
      {list('keyPoints')}
      {text('eligibility')}
      {list('documents')}
      {list('steps')}
      {text('whereToApply')}
      {text('notes')}
    </>
  );
}

function items(values: readonly string[]) {
  return values.map((value, index) => (
    <li key={index}>
      <LtrRuns text={value} />
    </li>
  ));
}
