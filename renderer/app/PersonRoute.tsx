// The person page, composed here with the sections other features contribute. seminars/ needs
// people/ (check-in and the import create people), so the arrow may not point back: people/
// never imports seminars/, and the app shell, which knows both, puts them together.
import { PersonPage, type PersonSection } from '../features/people';
import { PersonSeminars } from '../features/seminars';

const PERSON_SECTIONS: readonly PersonSection[] = [PersonSeminars];

export function PersonRoute() {
  return <PersonPage sections={PERSON_SECTIONS} />;
}
