// The directory's search and filters, on the few hundred services a desk keeps (a scan is
// instant at that size, so no search index is needed).
import { foldText } from '../../../domain/search/normalize';
import type { Service } from './serviceTypes';

export interface ServiceFilters {
  query: string;
  category: string | null;
  agencyKey: string | null;
}

export const NO_FILTERS: ServiceFilters = { query: '', category: null, agencyKey: null };

export function filterServices<S extends Service>(
  services: readonly S[],
  filters: ServiceFilters,
  agencyKeyOf: (service: S) => string | undefined,
  agencyNameOf: (service: S) => string,
): S[] {
  const words = foldText(filters.query).split(' ').filter(Boolean);
  return services.filter((service) => {
    if (filters.category && !service.categories.includes(filters.category)) return false;
    if (filters.agencyKey && agencyKeyOf(service) !== filters.agencyKey) return false;
    if (words.length === 0) return true;
    const haystack = foldText(
      [service.name, agencyNameOf(service), ...Object.values(service.content).map((c) => c?.title)]
        .filter(Boolean)
        .join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
