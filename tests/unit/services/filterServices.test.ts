import { describe, expect, it } from 'vitest';
import { filterServices, NO_FILTERS } from '../../../renderer/features/services/filterServices';
import { resolveAgency } from '../../../renderer/features/services/resolveAgency';
import type { Service } from '../../../renderer/features/services/serviceTypes';

const service = (fields: Partial<Service>): Service =>
  ({ name: '', categories: [], content: {}, ...fields }) as Service;

const agencies = [
  { id: 'st-owwa', name: 'OWWA Region V', presetPartnerId: 'owwa' },
  { id: 'st-ngo', name: 'Migrante Bicol' },
];

describe('resolveAgency', () => {
  it('names the stakeholder a service points at', () => {
    expect(resolveAgency({ agencyId: 'st-ngo' }, agencies)?.name).toBe('Migrante Bicol');
  });

  it('finds the stakeholder of a starter service by its preset partner, added later', () => {
    expect(resolveAgency({ agencyPresetId: 'owwa' }, agencies)).toMatchObject({
      key: 'st-owwa',
      name: 'OWWA Region V',
    });
  });

  it('falls back to the preset partner while the desk has no such stakeholder', () => {
    expect(resolveAgency({ agencyPresetId: 'nbi' }, agencies)).toEqual({
      key: 'preset:nbi',
      presetPartnerId: 'nbi',
    });
    expect(resolveAgency({}, agencies)).toBeNull();
  });
});

describe('filterServices', () => {
  const oec = service({
    name: 'Overseas Employment Certificate',
    categories: ['documents'],
    agencyPresetId: 'dmw',
    content: { fil: { title: 'Pagkuha ng OEC', documents: [], steps: [], keyPoints: [] } },
  });
  const aics = service({ name: 'AICS', categories: ['financialAssistance'], agencyId: 'st-ngo' });
  const all = [oec, aics];
  const keyOf = (s: Service) => resolveAgency(s, agencies)?.key;
  const nameOf = (s: Service) => (s === oec ? 'Department of Migrant Workers' : 'Migrante');

  it('finds a service by words of its name, its agency or a handout title, accents ignored', () => {
    const find = (query: string) =>
      filterServices(all, { ...NO_FILTERS, query }, keyOf, nameOf).map((s) => s.name);
    expect(find('employment cert')).toEqual([oec.name]);
    expect(find('migrant workers')).toEqual([oec.name]);
    expect(find('pagkúha')).toEqual([oec.name]);
    expect(find('')).toHaveLength(2);
  });

  it('narrows by case category and by agency', () => {
    const by = (filters: Partial<typeof NO_FILTERS>) =>
      filterServices(all, { ...NO_FILTERS, ...filters }, keyOf, nameOf).map((s) => s.name);
    expect(by({ category: 'financialAssistance' })).toEqual(['AICS']);
    expect(by({ agencyKey: 'preset:dmw' })).toEqual([oec.name]);
    expect(by({ agencyKey: 'st-ngo', category: 'documents' })).toEqual([]);
  });
});
