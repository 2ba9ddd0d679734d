import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import importBoundaries from '../../eslint/rules/import-boundaries.mjs';
import noLiteralUiText from '../../eslint/rules/no-literal-ui-text.mjs';
import sharedInputs from '../../eslint/rules/shared-inputs.mjs';

// RuleTester looks for mocha-style globals; hand it Vitest's instead.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ROOT = '/repo';

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

/** A test case placed at `file` (repo-relative) with the rule told where the repo root is. */
function at(file: string, code: string) {
  return { code, filename: `${ROOT}/${file}`, options: [{ root: ROOT }] };
}

function bad(file: string, code: string, messageId: string) {
  return { ...at(file, code), errors: [{ messageId }] };
}

/** A component in a feature, for the text rule. */
function tsx(code: string) {
  return { code, filename: `${ROOT}/renderer/features/cases/CaseList.tsx` };
}

describe('tulay/import-boundaries', () => {
  tester.run('import-boundaries', importBoundaries, {
    valid: [
      at('domain/records/cases.ts', "import { z } from 'zod';\nimport { meta } from './meta';"),
      at(
        'domain/sync/merge.ts',
        "import { recordSchemas } from '../records';\nimport { z } from 'zod/v4';",
      ),
      at(
        'renderer/features/cases/useCases.ts',
        "import type { Channels } from '../../../electron/contract';",
      ),
      at(
        'renderer/platform/files.ts',
        "import { type Channels, type Api } from '../../electron/contract.ts';\nexport type { Api } from '../../electron/contract';",
      ),
      at(
        'renderer/features/cases/caseRepository.ts',
        "import { db } from '../../db';\nimport Dexie from 'dexie';",
      ),
      at(
        'renderer/features/cases/useCaseList.ts',
        "import { useLiveQuery } from 'dexie-react-hooks';",
      ),
      at('renderer/features/cases/CaseList.tsx', "import { useCaseList } from './useCaseList';"),
      at('renderer/features/cases/CaseRow.tsx', "import type { CaseRow } from '../../db/types';"),
      at('renderer/features/cases/CaseList.tsx', "import { PersonName } from '../people';"),
      at(
        'renderer/features/cases/CaseList.tsx',
        "import { PersonName } from '../people/index.ts';",
      ),
      at(
        'renderer/features/cases/intake/IntakeForm.tsx',
        "import { Field } from '../../../ui/Field';",
      ),
      at(
        'renderer/features/cases/intake/IntakeForm.tsx',
        "import { caseSchema } from '../../../../domain/records';",
      ),
      at('renderer/app/routes.tsx', "const Reports = () => import('../features/reports');"),
      at('renderer/ui/Field.tsx', "import { TextInput } from '@mantine/core';"),
      at(
        'electron/main/ipc/cases.ts',
        "import { channels } from '../../contract';\nimport { app } from 'electron';",
      ),
      at('electron/preload/index.ts', "import { recordSchemas } from '../../domain/records';"),
      at(
        'catalogue/server.ts',
        "import Fastify from 'fastify';\nimport { syncPush } from '../domain/sync';",
      ),
      at('catalogue/src/routes/sync.ts', "import { pull } from '../pull';"),
      // The app shell opens the database and mounts its providers.
      at('renderer/app/DatabaseGate.tsx', "import { DatabaseProvider } from '../db';"),
      // Tests and scripts may use anything.
      at(
        'tests/unit/cases.test.ts',
        "import { db } from '../../renderer/db';\nimport { x } from '../../electron/main/x';",
      ),
      at('scripts/demo.ts', "import { db } from '../renderer/db';"),
      // Files outside the repo root are not judged.
      at('../elsewhere/domain/x.ts', "import React from 'react';"),
    ],
    invalid: [
      bad('domain/records/cases.ts', "import React from 'react';", 'domainOnlyZod'),
      bad('domain/sync/push.ts', "import { db } from '../../renderer/db';", 'domainOnlyZod'),
      bad('domain/ids.ts', "import { randomUUID } from 'node:crypto';", 'domainOnlyZod'),
      bad('domain/ids.ts', "import type { Table } from 'dexie';", 'domainOnlyZod'),
      bad(
        'renderer/features/sync/syncNow.ts',
        "import { channels } from '../../../electron/contract';",
        'rendererContractRuntime',
      ),
      bad(
        'renderer/features/sync/syncNow.ts',
        "import { type Api, channels } from '../../../electron/contract';",
        'rendererContractRuntime',
      ),
      bad(
        'renderer/platform/files.ts',
        "import '../../electron/contract';",
        'rendererContractRuntime',
      ),
      bad(
        'renderer/platform/files.ts',
        "const c = await import('../../electron/contract');",
        'rendererContractRuntime',
      ),
      bad(
        'renderer/platform/print.ts',
        "import type { Menu } from '../../electron/main/menu';",
        'rendererElectron',
      ),
      bad(
        'renderer/platform/print.ts',
        "import { ipcRenderer } from 'electron';",
        'rendererElectron',
      ),
      bad(
        'electron/main/ipc/files.ts',
        "import { formatDate } from '../../../renderer/app/format';",
        'electronRenderer',
      ),
      bad('catalogue/routes/push.ts', "import { db } from '../../renderer/db';", 'catalogue'),
      bad(
        'catalogue/routes/push.ts',
        "import type { Api } from '../../electron/contract';",
        'catalogue',
      ),
      bad(
        'catalogue/src/push.ts',
        "import { startPostgres } from '../../scripts/postgres.mjs';",
        'catalogue',
      ),
      bad(
        'renderer/sync/push.ts',
        "import { pull } from '../../catalogue/src/pull';",
        'catalogueImported',
      ),
      bad(
        'electron/main/sync.ts',
        "import type { Sql } from '../../catalogue/src/db/types';",
        'catalogueImported',
      ),
      bad('renderer/features/cases/CaseList.tsx', "import Dexie from 'dexie';", 'componentDb'),
      bad('renderer/features/cases/CaseList.tsx', "import { db } from '../../db';", 'componentDb'),
      bad(
        'renderer/sync/SyncBadge.tsx',
        "import { useDatabase } from '../db/DatabaseProvider';",
        'componentDb',
      ),
      bad('renderer/ui/Table.tsx', "import { useCaseList } from '../features/cases';", 'uiImport'),
      bad('renderer/ui/format.ts', "import { db } from '../db';", 'uiImport'),
      {
        ...bad(
          'renderer/features/cases/CaseList.tsx',
          "import { PersonCard } from '../people/PersonCard';",
          'featureInternals',
        ),
        errors: [
          {
            messageId: 'featureInternals',
            data: { source: '../people/PersonCard', suggestion: '../people' },
          },
        ],
      },
      bad(
        'renderer/features/reports/export.ts',
        "export { x } from '../cases/caseRepository';",
        'featureInternals',
      ),
      bad(
        'renderer/app/router.tsx',
        "import { CaseList } from '../features/cases/CaseList';",
        'featureInternals',
      ),
      bad(
        'renderer/features/cases/CaseList.tsx',
        "import { fakeCase } from '../../../tests/fixtures/cases';",
        'tests',
      ),
      bad('electron/main/index.ts', "import { x } from '../../tests/fixtures/x';", 'tests'),
      bad(
        'renderer/features/cases/caseRepository.ts',
        "type T = import('../people/personRepository').Person;",
        'featureInternals',
      ),
    ],
  });
});

// Features that import each other in a circle: the rule reads the other features' imports from
// the files on disk, so these cases get a small repository of their own.
const CYCLE_ROOT = mkdtempSync(join(tmpdir(), 'tulay-cycles-'));
const files: Record<string, string> = {
  // seminars needs people (check-in creates people): the arrow people → seminars closes a circle.
  'renderer/features/seminars/checkInRepository.ts': "import { createPerson } from '../people';",
  'renderer/features/seminars/index.ts': "export { PersonSeminars } from './PersonSeminars';",
  // A longer one: cases → services (types only) → stakeholders.
  'renderer/features/cases/index.ts': "import type { Service } from '../services';",
  'renderer/features/services/suggest.ts':
    "export { x } from '../stakeholders';\nconst later = () => import('../settings');",
  'renderer/features/stakeholders/index.ts': "import { z } from 'zod';",
  'renderer/features/settings/index.ts': "import { writeRecord } from '../../db';",
  // Not a feature: the app shell composes features and may import any of them.
  'renderer/app/PersonRoute.tsx': "import { PersonPage } from '../features/people';",
};
for (const [file, code] of Object.entries(files)) {
  mkdirSync(dirname(join(CYCLE_ROOT, file)), { recursive: true });
  writeFileSync(join(CYCLE_ROOT, file), code);
}
afterAll(() => rmSync(CYCLE_ROOT, { recursive: true, force: true }));

function inCycleRepo(file: string, code: string) {
  return { code, filename: `${CYCLE_ROOT}/${file}`, options: [{ root: CYCLE_ROOT }] };
}

describe('tulay/import-boundaries: no cycles between features', () => {
  tester.run('import-boundaries', importBoundaries, {
    valid: [
      // people → settings: settings imports no feature.
      inCycleRepo(
        'renderer/features/people/PersonPage.tsx',
        "import { useDesk } from '../settings';",
      ),
      // The app shell may import both sides.
      inCycleRepo(
        'renderer/app/AppRouter.tsx',
        "import { PersonSeminars } from '../features/seminars';",
      ),
      // Within one feature, files may import each other freely.
      inCycleRepo(
        'renderer/features/seminars/person/PersonSeminars.tsx',
        "import { x } from '../index';",
      ),
      // stakeholders → settings: nothing leads back.
      inCycleRepo(
        'renderer/features/stakeholders/map.ts',
        "import { usePreset } from '../settings';",
      ),
    ],
    invalid: [
      {
        ...inCycleRepo(
          'renderer/features/people/PersonPage.tsx',
          "import { PersonSeminars } from '../seminars';",
        ),
        errors: [
          {
            messageId: 'featureCycle',
            data: {
              source: '../seminars',
              from: 'people',
              to: 'seminars',
              chain: '`seminars` imports `people`',
            },
          },
        ],
      },
      {
        ...inCycleRepo(
          'renderer/features/stakeholders/links.ts',
          "import type { CaseRecord } from '../cases';",
        ),
        errors: [
          {
            messageId: 'featureCycle',
            data: {
              source: '../cases',
              from: 'stakeholders',
              to: 'cases',
              chain: '`cases` imports `services` imports `stakeholders`',
            },
          },
        ],
      },
      {
        // A dynamic import closes the circle as well: settings → services → settings.
        ...inCycleRepo(
          'renderer/features/settings/ServicesPanel.tsx',
          "const load = () => import('../services');",
        ),
        errors: [{ messageId: 'featureCycle' }],
      },
    ],
  });

  it('finds no cycle between the features of this repository', async () => {
    const { ESLint } = await import('eslint');
    const root = join(import.meta.dirname, '../..');
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: tseslint.parser },
        plugins: { tulay: { rules: { 'import-boundaries': importBoundaries } } },
        rules: { 'tulay/import-boundaries': ['error', { root }] },
      },
    });
    const results = await eslint.lintFiles(['renderer/features/**/*.{ts,tsx}']);
    const cycles = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'tulay/import-boundaries')
        .map((message) => `${relative(root, result.filePath)}: ${message.message}`),
    );
    expect(cycles).toEqual([]);
  }, 60_000);
});

describe('tulay/no-literal-ui-text', () => {
  tester.run('no-literal-ui-text', noLiteralUiText, {
    valid: [
      tsx("const a = <p>{t('cases.list.empty')}</p>;"),
      tsx('const a = <p>{count} / {total} — 100%</p>;'),
      tsx('const a = <span>&nbsp;·&nbsp;</span>;'),
      tsx(
        'const a = <TextInput label={t(\'cases.intake.name\')} placeholder="+63 912 345 6789" />;',
      ),
      tsx('const a = <img alt="" src={logo} />;'),
      tsx(
        'const a = <Button variant="filled" color="blue" data-testid="save-case">{t(\'cases.intake.save\')}</Button>;',
      ),
      tsx("const a = <Input aria-label={`${t('cases.search')} ${n}`} />;"),
      tsx("const a = <p>{isOpen ? t('cases.open') : t('cases.closed')}</p>;"),
      tsx("const a = <p className={active ? 'on' : 'off'}>{status === 'open' && <Badge />}</p>;"),
    ],
    invalid: [
      {
        ...tsx('const a = <p>No cases yet</p>;'),
        errors: [{ messageId: 'text', data: { text: 'No cases yet' } }],
      },
      { ...tsx('const a = <p>Mga kaso: {n}</p>;'), errors: [{ messageId: 'text' }] },
      { ...tsx('const a = <p>{n} حالات</p>;'), errors: [{ messageId: 'text' }] },
      { ...tsx("const a = <p>{'Save'}</p>;"), errors: [{ messageId: 'text' }] },
      { ...tsx("const a = <p>{open ? t('x') : 'Closed'}</p>;"), errors: [{ messageId: 'text' }] },
      {
        ...tsx('const a = <TextInput label="Name" />;'),
        errors: [{ messageId: 'attribute', data: { text: 'Name', name: 'label' } }],
      },
      {
        ...tsx("const a = <TextInput placeholder={'Search'} />;"),
        errors: [{ messageId: 'attribute' }],
      },
      { ...tsx('const a = <Tooltip title={`Delete`} />;'), errors: [{ messageId: 'attribute' }] },
      { ...tsx('const a = <button aria-label="Close" />;'), errors: [{ messageId: 'attribute' }] },
      { ...tsx('const a = <img alt="Philippine flag" />;'), errors: [{ messageId: 'attribute' }] },
      {
        ...tsx(
          'const a = <Field description="Optional" error={bad ? \'Required\' : undefined} />;',
        ),
        errors: [{ messageId: 'attribute' }, { messageId: 'attribute' }],
      },
      {
        ...tsx('const a = <Select label="Status" data-x="fine">Pick one</Select>;'),
        errors: [{ messageId: 'attribute' }, { messageId: 'text' }],
      },
    ],
  });
});

describe('tulay/shared-inputs', () => {
  const mantine = "import { Select, MultiSelect as Many, TextInput } from '@mantine/core';\n";
  tester.run('shared-inputs', sharedInputs, {
    valid: [
      tsx(`${mantine}const a = <Select data={d} />;`),
      tsx(`${mantine}const a = <SearchableSelect data={d} />;`),
      tsx(`${mantine}const a = <TextInput type="tel" />;`),
      tsx('const a = <Select searchable data={d} />;'),
      {
        code: `${mantine}const a = <Select searchable data={d} />;`,
        filename: `${ROOT}/renderer/ui/SearchableSelect.tsx`,
      },
    ],
    invalid: [
      {
        ...tsx(`${mantine}const a = <Select searchable data={d} />;`),
        errors: [{ messageId: 'searchable', data: { name: 'Select', shared: 'SearchableSelect' } }],
      },
      {
        ...tsx(`${mantine}const a = <Many searchable={true} data={d} />;`),
        errors: [{ messageId: 'searchable' }],
      },
      {
        ...tsx(`${mantine}const a = <TextInput type="date" />;`),
        errors: [{ messageId: 'dateInput' }],
      },
      { ...tsx('const a = <input type="date" />;'), errors: [{ messageId: 'dateInput' }] },
      {
        ...tsx("import { DateInput } from '@mantine/dates';"),
        errors: [{ messageId: 'dateInput', data: { what: 'DateInput' } }],
      },
    ],
  });
});
