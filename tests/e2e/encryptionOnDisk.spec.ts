// Encryption at rest, on disk (issue #15, docs/encryption.md): a person with a unique name and
// phone number is recorded, the browser closes, and the profile's IndexedDB files (LevelDB: the
// .log being written and the compacted .ldb tables) are searched byte by byte. The desk's name,
// kept in clear, is found there, which shows the search reads what Tulay wrote; the person's
// name, its lower-case form and the phone number are not.
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { completeSetup, LEGAZPI, signIn } from './helpers';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Where `text` appears in the files, as one-byte (Latin-1) or two-byte (UTF-16) text. */
function occurrences(files: readonly string[], text: string): string[] {
  const forms = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return forms.some((form) => bytes.includes(form));
  });
}

test('a stolen profile folder shows no name or phone number of a person', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'tulay-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    });
  try {
    const context = await launch();
    const page = await context.newPage();
    await page.goto(baseURL!);
    await completeSetup(page);
    await page.goto(`${baseURL!}#/cases/new`);
    const search = page.getByLabel('Client', { exact: true });
    await search.fill('Zephyrine Quillfeather');
    await page.getByRole('option', { name: 'Create new person: “Zephyrine Quillfeather”' }).click();
    await page.getByRole('textbox', { name: 'Phone' }).fill('0917 482 9361');
    await page.getByRole('button', { name: 'Save new person', exact: true }).click();
    await expect(page.getByText('Zephyrine Quillfeather').first()).toBeVisible();

    // Found again by a prefix of the family name, through the blind index, after a restart.
    await context.close();
    const again = await launch();
    const second = await again.newPage();
    await second.goto(baseURL!);
    await signIn(second);
    await second.goto(`${baseURL!}#/people`);
    await second.getByRole('searchbox').first().fill('quill');
    await expect(second.getByText('Zephyrine Quillfeather').first()).toBeVisible();
    await again.close();

    const files = filesUnder(join(profile, 'Default', 'IndexedDB'));
    expect(files.some((file) => file.endsWith('.log'))).toBe(true);
    expect(occurrences(files, LEGAZPI.deskName)).not.toEqual([]);
    for (const secret of [
      'Zephyrine',
      'zephyrine',
      'Quillfeather',
      'quillfeather',
      '0917 482 9361',
      '09174829361',
      '4829361',
    ])
      expect(occurrences(files, secret), secret).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
