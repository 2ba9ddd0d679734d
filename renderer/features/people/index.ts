// The people feature's public face: people, their search, duplicates and households.
export {
  createPerson,
  updatePerson,
  searchIds,
  searchPeople,
  type Person,
  type PersonInput,
} from './peopleRepository';
export { likelyDuplicates, duplicateCheck, type DuplicateCheck } from './duplicateCheck';
export {
  linkHousehold,
  INVERSE,
  type Relationship,
  type HouseholdLink,
} from './householdRepository';
export { PersonPicker, type PersonPickerProps } from './PersonPicker';
export { PeopleListPage } from './PeopleListPage';
export { PersonPage, type PersonSection } from './PersonPage';
export { splitTypedName, type TypedName } from './splitTypedName';
export { useSearchIds, type SearchIds } from './useSearchIds';
