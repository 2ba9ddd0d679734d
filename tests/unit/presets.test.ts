import { describe, it, expect } from 'vitest';
import ar from '../../locales/ar/presets.json';
import ca from '../../locales/ca/presets.json';
import en from '../../locales/en/presets.json';
import es from '../../locales/es/presets.json';
import fil from '../../locales/fil/presets.json';
import { ofwDetailsSchema } from '../../domain/records/cases';
import { PRESET_IDS } from '../../domain/records/desk';
import {
  PRESETS,
  allowedNextStatuses,
  canTransition,
  getPreset,
  isClosingStatus,
  presetFieldOptionKey,
  presetLabelKey,
  presetNameKey,
  type DeskPreset,
  type PresetLabelGroup,
} from '../../domain/presets';

const LOCALES: Record<string, unknown> = { en, fil, es, ca, ar };
const presets = Object.values(PRESETS);

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }, tree);
}

function leafKeys(tree: unknown, prefix = ''): string[] {
  if (!tree || typeof tree !== 'object') return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every key the UI will ask for: the name, each id of each group, each choice option. */
function labelKeys(preset: DeskPreset): string[] {
  const groups: [PresetLabelGroup, readonly string[]][] = [
    ['categories', preset.categories],
    ['clientRoles', preset.clientRoles],
    ['statuses', preset.statuses.map((s) => s.id)],
    ['partners', preset.referralPartners.map((p) => p.id)],
    ['seminarTypes', preset.seminarTypes],
    ['fields', preset.detailFields.map((f) => f.id)],
  ];
  const options = preset.detailFields.flatMap((f) =>
    (f.options ?? []).map((o) => presetFieldOptionKey(preset.id, f.id, o)),
  );
  return [
    presetNameKey(preset.id),
    ...groups.flatMap(([group, ids]) => ids.map((id) => presetLabelKey(preset.id, group, id))),
    ...options,
  ];
}

function reachableFrom(preset: DeskPreset, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of allowedNextStatuses(preset, queue.shift()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('desk preset labels', () => {
  it.each(Object.keys(LOCALES))('gives every id and option a label in %s', (lng) => {
    for (const preset of presets) {
      for (const key of labelKeys(preset)) {
        const label = lookup(LOCALES[lng], key);
        expect(typeof label === 'string' && label.trim() !== '', `${lng}: ${key}`).toBe(true);
      }
    }
  });

  it('has exactly the same keys in every language', () => {
    const reference = leafKeys(en).sort();
    for (const [lng, tree] of Object.entries(LOCALES)) {
      expect(leafKeys(tree).sort(), lng).toEqual(reference);
    }
  });

  it('has no English label that the presets do not use', () => {
    const used = presets.flatMap(labelKeys).sort();
    expect(leafKeys(en).sort()).toEqual(used);
  });
});

describe.each(presets.map((p) => [p.id, p] as const))('desk preset %s', (_id, preset) => {
  const statusIds = preset.statuses.map((s) => s.id);

  it('is found by its id', () => {
    expect(getPreset(preset.id)).toBe(preset);
    expect(PRESET_IDS).toContain(preset.id);
  });

  it('names only existing statuses as next, and starts at one of them', () => {
    expect(statusIds).toContain(preset.initialStatus);
    for (const status of preset.statuses) {
      for (const next of status.next) expect(statusIds, `${status.id} → ${next}`).toContain(next);
      expect(status.next, `${status.id} leads to itself`).not.toContain(status.id);
    }
  });

  it('lets a case reach every status from the initial one', () => {
    expect([...reachableFrom(preset, preset.initialStatus)].sort()).toEqual([...statusIds].sort());
  });

  it('lets every open case be closed, and every closed case be reopened', () => {
    const closing = preset.statuses.filter((s) => s.closing);
    expect(closing.length).toBeGreaterThan(0);
    for (const status of preset.statuses.filter((s) => !s.closing)) {
      const reachable = [...reachableFrom(preset, status.id)];
      expect(
        reachable.some((id) => isClosingStatus(preset, id)),
        status.id,
      ).toBe(true);
    }
    for (const status of closing) {
      expect(status.next, status.id).toEqual(['inProgress']);
      expect(canTransition(preset, status.id, 'inProgress')).toBe(true);
    }
  });

  it('refuses a transition that is not in the table', () => {
    expect(canTransition(preset, 'new', 'new')).toBe(false);
    expect(canTransition(preset, 'closedResolved', 'closedUnresolved')).toBe(false);
    expect(canTransition(preset, 'closedResolved', 'referred')).toBe(false);
    expect(canTransition(preset, 'noSuchStatus', 'inProgress')).toBe(false);
    expect(allowedNextStatuses(preset, 'noSuchStatus')).toEqual([]);
    expect(isClosingStatus(preset, 'inProgress')).toBe(false);
  });

  it('has unique ids in every group', () => {
    const groups = [
      preset.categories,
      preset.clientRoles,
      statusIds,
      preset.referralPartners.map((p) => p.id),
      preset.seminarTypes,
      preset.detailFields.map((f) => f.id),
    ];
    for (const ids of groups) expect(new Set(ids).size).toBe(ids.length);
    for (const partner of preset.referralPartners) expect(partner.abbreviation.trim()).not.toBe('');
  });

  it('marks as referral-only only its own categories', () => {
    for (const id of preset.referralOnlyCategories ?? []) expect(preset.categories).toContain(id);
  });

  it('lists ISO country codes first when picking a country', () => {
    expect(preset.topDestinations.length).toBeGreaterThan(0);
    for (const code of preset.topDestinations) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(preset.topDestinations).size).toBe(preset.topDestinations.length);
  });

  it('gives every choice field options and no other field any', () => {
    for (const field of preset.detailFields) {
      expect((field.options?.length ?? 0) > 0, field.id).toBe(field.kind === 'choice');
    }
  });
});

describe('OFW desk preset', () => {
  const ofw = getPreset('ofw-ph');

  it('has the case categories of an OFW desk', () => {
    for (const id of ['repatriation', 'welfareCheck', 'illegalRecruitment', 'deathAndRemains']) {
      expect(ofw.categories).toContain(id);
    }
    expect(ofw.categories).toHaveLength(18);
    expect(ofw.categories.at(-1)).toBe('other');
  });

  it('refers to OWWA, DMW and DFA', () => {
    const abbreviations = ofw.referralPartners.map((p) => p.abbreviation);
    expect(abbreviations).toEqual(expect.arrayContaining(['OWWA', 'DMW', 'DFA']));
  });

  it('lists the top destinations, most frequent first', () => {
    expect(ofw.topDestinations.slice(0, 3)).toEqual(['SA', 'AE', 'KW']);
    expect(ofw.topDestinations).toHaveLength(16);
  });

  it('records exactly the OFW details the case record holds', () => {
    const fieldIds = ofw.detailFields.map((f) => f.id).sort();
    expect(fieldIds).toEqual(Object.keys(ofwDetailsSchema.shape).sort());
    for (const id of ['agencyLicensed', 'owwaMember'] as const) {
      const options = ofw.detailFields.find((f) => f.id === id)?.options;
      expect(options).toEqual(ofwDetailsSchema.shape[id].unwrap().options);
    }
    expect(ofw.detailFields.find((f) => f.id === 'eRegistrationNumber')?.sensitive).toBe(true);
  });

  it('keys a label the way the UI asks for it', () => {
    expect(presetLabelKey('ofw-ph', 'categories', 'repatriation')).toBe(
      'ofw-ph.categories.repatriation',
    );
    expect(presetFieldOptionKey('ofw-ph', 'deploymentStatus', 'deployed')).toBe(
      'ofw-ph.fieldOptions.deploymentStatus.deployed',
    );
    expect(lookup(en, presetNameKey('ofw-ph'))).toBe('OFW help desk — Philippines');
  });
});

describe('migrant desk preset', () => {
  const migrant = getPreset('migrant');

  it('sends gender-based violence to a specialist service only', () => {
    expect(migrant.referralOnlyCategories).toEqual(['genderBasedViolence']);
    expect(migrant.referralPartners.map((p) => p.id)).toContain('gbvService');
  });

  it('keeps the document number sensitive', () => {
    expect(migrant.detailFields.find((f) => f.id === 'documentNumber')?.sensitive).toBe(true);
  });
});
