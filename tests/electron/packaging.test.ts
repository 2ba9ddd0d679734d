// What the installers need from assets/: every path electron-builder.yml names exists, each
// PNG is the size its name says, and the .ico and .icns hold the sizes Windows and macOS use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, pngSize } from '../../scripts/iconFormats.mjs';

const root = resolve(import.meta.dirname, '../..');
// electron-builder's own YAML reader (js-yaml), so the file is read as the packager reads it.
const yaml = createRequire(join(root, 'node_modules/electron-builder/package.json'))('js-yaml') as {
  load(text: string): unknown;
};

type Tree = { [key: string]: unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Tree;
const buildResources = join(root, (config.directories as Tree).buildResources as string);

/** Every `icon`-like setting anywhere in the config, with where it was found. */
function iconSettings(tree: Tree, at = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = at ? `${at}.${key}` : key;
    if (typeof value === 'string' && /icon$/i.test(key)) return [[path, value]];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return iconSettings(value as Tree, path);
    return [];
  });
}

/** As electron-builder resolves a resource: in buildResources first, then in the project. */
function resolveResource(path: string): string | null {
  for (const base of [buildResources, root]) {
    if (existsSync(resolve(base, path))) return resolve(base, path);
  }
  return null;
}

const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

describe('electron-builder.yml and assets/', () => {
  it('has its build resources in the top-level assets/ folder', () => {
    expect(buildResources).toBe(join(root, 'assets'));
    expect(statSync(buildResources).isDirectory()).toBe(true);
  });

  it('names an icon for each platform, and every path it names exists', () => {
    const settings = new Map(iconSettings(config));
    expect([...settings.keys()]).toEqual(
      expect.arrayContaining(['linux.icon', 'win.icon', 'mac.icon']),
    );
    const missing = [...settings].filter(([, path]) => resolveResource(path) === null);
    expect(missing).toEqual([]);
    expect(resolveResource(settings.get('win.icon')!)).toMatch(/\.ico$/);
    expect(resolveResource(settings.get('mac.icon')!)).toMatch(/\.icns$/);
    expect(statSync(resolveResource(settings.get('linux.icon')!)!).isDirectory()).toBe(true);
  });

  it('has a PNG at every size from 16 to 1024, each the size its name says', () => {
    const dir = join(root, 'assets/icons');
    const files = readdirSync(dir).filter((file) => file.endsWith('.png'));
    expect(files.map((file) => Number(file.split('x')[0])).sort((a, b) => a - b)).toEqual(
      ICON_SIZES,
    );
    for (const file of files) {
      const [width, height] = file.replace('.png', '').split('x').map(Number);
      expect({ file, ...pngSize(readFileSync(join(dir, file))) }).toEqual({ file, width, height });
    }
  });

  it('packs PNGs of 16 to 256 px into the Windows .ico, each entry the size it declares', () => {
    const ico = readFileSync(join(root, 'assets/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const declared = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const png = ico.subarray(offset, offset + length);
      expect(pngSize(png)).toEqual({ width: declared, height: declared });
      return declared;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('packs PNGs up to 1024 px into the macOS .icns, each chunk of the size its type means', () => {
    const icns = readFileSync(join(root, 'assets/icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const type = icns.toString('latin1', at, at + 4);
      const pixels = ICNS_TYPES.find((known) => known.type === type)?.pixels;
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      expect({ type, ...pngSize(png) }).toEqual({ type, width: pixels, height: pixels });
      types.push(type);
    }
    // 16, 32, 128, 256, 512 and their Retina doubles: what Finder and the Dock ask for.
    expect(types).toEqual(expect.arrayContaining(['icp4', 'icp5', 'ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('gives the built renderer the icon as its favicon', () => {
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8');
    const href = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(readFileSync(join(root, 'out/renderer', href!), 'utf8')).toBe(
      readFileSync(join(root, 'assets/icon.svg'), 'utf8'),
    );
  });
});
