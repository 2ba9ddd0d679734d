import { describe, expect, it } from 'vitest';
import {
  contract,
  openFileRequest,
  printToPdfRequest,
  saveFileRequest,
} from '../../electron/contract';
import { bridgeChannels } from '../../electron/preload/bridgeChannels';

describe('contract', () => {
  it('gives every channel its own name, the one the preload invokes', () => {
    const channels = Object.values(contract).map((spec) => spec.channel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(bridgeChannels).toEqual(
      Object.fromEntries(Object.entries(contract).map(([key, spec]) => [key, spec.channel])),
    );
  });

  it('accepts an ordinary export in any of the desk languages', () => {
    for (const suggestedName of ['Mga kaso 2025.csv', 'Informe d’atenció.xlsx', 'تقرير.pdf']) {
      const request = { suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'x' };
      expect(saveFileRequest.safeParse(request).success).toBe(true);
    }
  });

  it.each([
    '',
    '.',
    '..',
    'a/b.csv',
    'a\\b.csv',
    'C:x.csv',
    'x\u0000.csv',
    'x\n.csv',
    'x'.repeat(201),
  ])('refuses %j as a suggested name', (suggestedName) => {
    const request = { suggestedName, pageSize: 'A4', landscape: false };
    expect(printToPdfRequest.safeParse(request).success).toBe(false);
  });

  it('refuses a page size the print views are not designed for', () => {
    expect(
      printToPdfRequest.safeParse({ suggestedName: 'x', pageSize: 'A0', landscape: false }).success,
    ).toBe(false);
  });

  it('bounds what may be opened', () => {
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    expect(openFileRequest.safeParse({ filters, maxBytes: 10_000_000 }).success).toBe(true);
    for (const maxBytes of [0, -1, 1.5, Number.POSITIVE_INFINITY, 2 ** 40]) {
      expect(openFileRequest.safeParse({ filters, maxBytes }).success).toBe(false);
    }
  });
});
