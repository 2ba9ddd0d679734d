// The services a case's categories point to, for the intake and the case page (UX: "suggested
// services for the chosen categories").
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Language } from '../../../domain/records';
import { handoutLanguages } from '../../../domain/records/handout';
import { useDatabase } from '../../db';
import { findSuggestedServices } from './servicesRepository';
import type { Service } from './serviceTypes';
import { useAgencyNaming } from './useAgencyNaming';

export interface SuggestedService {
  id: string;
  name: string;
  agencyName?: string;
  /** The case's categories that this service helps with. */
  matchedCategories: string[];
  /** Languages its client handout is written in. */
  handoutLanguages: Language[];
  verificationStatus: Service['verificationStatus'];
}

const NONE: SuggestedService[] = [];

/** Services sharing a category with the case, most shared categories first. */
export function useSuggestedServices(categories: readonly string[]): SuggestedService[] {
  const db = useDatabase();
  const { agencyOf } = useAgencyNaming();
  const key = [...categories].sort().join('|');
  const found = useLiveQuery(() => findSuggestedServices(db, key ? key.split('|') : []), [db, key]);
  return useMemo(
    () =>
      found?.map((service) => ({
        id: service.id,
        name: service.name,
        agencyName: agencyOf(service)?.name,
        matchedCategories: service.categories.filter((c) => key.split('|').includes(c)),
        handoutLanguages: handoutLanguages(service.content),
        verificationStatus: service.verificationStatus,
      })) ?? NONE,
    [found, agencyOf, key],
  );
}
