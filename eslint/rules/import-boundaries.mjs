// Enforces the dependency rules of docs/architecture.md (which layer may import which, and no
// circle between features) so that layering is checked by lint, not by review: each import is
// resolved against the repo root.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;
const PRODUCTION_LAYERS = new Set(['domain', 'renderer', 'electron', 'catalogue']);

/** Repo-relative POSIX path, or null when the path lies outside the repo. */
function repoRelative(root, absolutePath) {
  const rel = path.relative(root, absolutePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** The npm package a bare specifier names: 'zod/v4' -> 'zod', '@mantine/core/x' -> '@mantine/core'. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** What an import specifier points at: a repo file (posix path without extension) or a package. */
function resolveTarget(root, importerAbsolute, specifier) {
  const bare = specifier.split('?')[0];
  if (bare.startsWith('.')) {
    const rel = repoRelative(root, path.resolve(path.dirname(importerAbsolute), bare));
    return { kind: 'file', path: rel === null ? null : rel.replace(CODE_EXTENSION, '') };
  }
  if (bare.startsWith('/') || path.isAbsolute(bare)) return { kind: 'other' };
  return { kind: 'package', name: packageName(bare) };
}

const under = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/** `renderer/features/<name>/...` -> { name, rest } or null. */
function featureOf(file) {
  const match = /^renderer\/features\/([^/]+)(?:\/(.*))?$/.exec(file);
  return match ? { name: match[1], rest: match[2] ?? '' } : null;
}

function relativeSpecifier(fromFile, toFile) {
  const rel = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Every layer rule that `importer` importing `target` breaks (first one wins). */
function violation(importer, target, typeOnly) {
  const layer = importer.split('/')[0];
  if (layer === 'domain') {
    if (target.kind === 'package' && target.name === 'zod') return null;
    if (target.kind === 'file' && target.path !== null && under(target.path, 'domain')) return null;
    return { messageId: 'domainOnlyZod' };
  }
  if (target.kind === 'package') {
    if (layer === 'renderer' && target.name === 'electron')
      return { messageId: 'rendererElectron' };
    if (layer === 'catalogue' && target.name === 'electron') return { messageId: 'catalogue' };
    if (target.name === 'dexie' && isComponent(importer) && !typeOnly)
      return { messageId: 'componentDb' };
    return null;
  }
  if (target.kind !== 'file' || target.path === null) return null;
  const file = target.path;
  if (under(file, 'tests')) return { messageId: 'tests' };
  if (layer === 'electron' && under(file, 'renderer')) return { messageId: 'electronRenderer' };
  if (layer === 'catalogue') {
    return under(file, 'domain') || under(file, 'catalogue') ? null : { messageId: 'catalogue' };
  }
  // The server is deployed on its own; the desk talks to it only through domain/sync's messages.
  if (under(file, 'catalogue')) return { messageId: 'catalogueImported' };
  if (layer !== 'renderer') return null;
  if (under(file, 'electron')) {
    if (file !== 'electron/contract') return { messageId: 'rendererElectron' };
    return typeOnly ? null : { messageId: 'rendererContractRuntime' };
  }
  if (
    under(importer, 'renderer/ui') &&
    (under(file, 'renderer/features') || under(file, 'renderer/db'))
  ) {
    return { messageId: 'uiImport' };
  }
  if (isComponent(importer) && under(file, 'renderer/db') && !typeOnly) {
    return { messageId: 'componentDb' };
  }
  const targetFeature = featureOf(file);
  const ownFeature = featureOf(importer);
  if (targetFeature && targetFeature.name !== ownFeature?.name) {
    if (targetFeature.rest === '' || targetFeature.rest === 'index') return null;
    const publicFace = `renderer/features/${targetFeature.name}`;
    return {
      messageId: 'featureInternals',
      data: { suggestion: relativeSpecifier(importer, publicFace) },
    };
  }
  return null;
}

// --- Cycles between features -----------------------------------------------------------------
// Each file is linted alone, so the features' import graph is read from disk: every code file
// under renderer/features/, its import specifiers found by a plain scan (kept per file and
// re-read when the file changes). Type-only imports count too: a cycle of types is still two
// features that cannot be understood, moved or tested one without the other.

const SPECIFIER =
  /\b(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const scanned = new Map(); // absolute path -> { mtimeMs, specifiers }

function codeFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(full);
    return CODE_EXTENSION.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function specifiersOf(file) {
  const { mtimeMs } = statSync(file);
  const known = scanned.get(file);
  if (known?.mtimeMs === mtimeMs) return known.specifiers;
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2]);
  scanned.set(file, { mtimeMs, specifiers });
  return specifiers;
}

/** feature name -> the other features its files import, read from the files on disk. */
function featureGraph(root) {
  const graph = new Map();
  for (const file of codeFiles(path.join(root, 'renderer', 'features'))) {
    const own = featureOf(repoRelative(root, file) ?? '');
    if (!own) continue;
    const edges = graph.get(own.name) ?? new Set();
    graph.set(own.name, edges);
    for (const specifier of specifiersOf(file)) {
      const target = resolveTarget(root, file, specifier);
      const other = target.kind === 'file' && target.path ? featureOf(target.path) : null;
      if (other && other.name !== own.name) edges.add(other.name);
    }
  }
  return graph;
}

/** The shortest chain of feature imports from `from` to `to`, or null if there is none. */
function importChain(graph, from, to) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const feature = queue.shift();
    if (feature === to) {
      const chain = [];
      for (let f = to; f !== null; f = previous.get(f)) chain.unshift(f);
      return chain;
    }
    for (const next of graph.get(feature) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, feature);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * A React component that must read and write through feature hooks and repositories. The
 * database's own folder and the app shell (`renderer/app/`, which opens the database and
 * mounts its providers) are the composition root, so they are not held to this.
 */
function isComponent(importer) {
  return (
    importer.endsWith('.tsx') && !under(importer, 'renderer/db') && !under(importer, 'renderer/app')
  );
}

function isTypeOnlyImport(node) {
  if (node.importKind === 'type') return true;
  return node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
}

function isTypeOnlyExport(node) {
  if (node.exportKind === 'type') return true;
  return (
    (node.specifiers ?? []).length > 0 && node.specifiers.every((s) => s.exportKind === 'type')
  );
}

function stringValue(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0].value.cooked;
  if (node.type === 'TSLiteralType') return stringValue(node.literal);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the dependency rules between layers described in docs/architecture.md',
    },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      domainOnlyZod:
        "Layers (docs/architecture.md): `domain/` is pure and imports only zod and other `domain/` files, not '{{source}}'.",
      rendererElectron:
        "Layers (docs/architecture.md): the renderer may import only types from `electron/contract.ts`, not '{{source}}'.",
      rendererContractRuntime:
        "Layers (docs/architecture.md): the renderer may import only *types* from `electron/contract.ts`; write `import type` for '{{source}}'.",
      electronRenderer:
        "Layers (docs/architecture.md): `electron/` may not import from `renderer/` ('{{source}}'); share code through `domain/`.",
      catalogue:
        "Layers (docs/architecture.md): `catalogue/` imports only `domain/` and its own files, not '{{source}}'.",
      catalogueImported:
        "Layers (docs/architecture.md): only `catalogue/` imports the server's code ('{{source}}'); share the protocol through `domain/sync/`.",
      componentDb:
        "Layers (docs/architecture.md): components never touch Dexie ('{{source}}'); read through the feature's hooks and write through its repository functions.",
      featureInternals:
        "Layers (docs/architecture.md): another feature is imported only through its index.ts; import '{{suggestion}}' instead of '{{source}}'.",
      uiImport:
        "Layers (docs/architecture.md): `renderer/ui/` is shared presentation without domain logic; it may not import '{{source}}' from `renderer/features/` or `renderer/db/`.",
      tests:
        "Layers (docs/architecture.md): application code may not import from `tests/` ('{{source}}').",
      featureCycle:
        'Features may not import each other in a circle: `{{from}}` imports `{{to}}`, and {{chain}} already. Compose both in `renderer/app/`, or move what both need to `domain/` or `renderer/ui/`.',
    },
  },
  create(context) {
    const root = path.resolve(context.options[0]?.root ?? context.cwd);
    const importerAbsolute = path.resolve(context.cwd, context.filename);
    const importer = repoRelative(root, importerAbsolute);
    if (importer === null || !PRODUCTION_LAYERS.has(importer.split('/')[0])) return {};

    const ownFeature = featureOf(importer);
    let graph = null; // read once per linted file, and only if it imports another feature

    function cycle(target) {
      const other = target.kind === 'file' && target.path ? featureOf(target.path) : null;
      if (!ownFeature || !other || other.name === ownFeature.name) return null;
      graph ??= featureGraph(root);
      const chain = importChain(graph, other.name, ownFeature.name);
      if (!chain) return null;
      return {
        messageId: 'featureCycle',
        data: {
          from: ownFeature.name,
          to: other.name,
          chain: chain.map((name) => `\`${name}\``).join(' imports '),
        },
      };
    }

    function check(sourceNode, typeOnly) {
      const source = stringValue(sourceNode);
      if (source === null) return;
      const target = resolveTarget(root, importerAbsolute, source);
      const found = violation(importer, target, typeOnly) ?? cycle(target);
      if (found) {
        context.report({
          node: sourceNode,
          messageId: found.messageId,
          data: { source, ...found.data },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, isTypeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node.source, isTypeOnlyExport(node)),
      ExportAllDeclaration: (node) => check(node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node.source, false),
      TSImportType: (node) => check(node.source ?? node.argument, true),
      TSExternalModuleReference: (node) =>
        check(node.expression, node.parent.importKind === 'type'),
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'Identifier' &&
          callee.name === 'require' &&
          node.arguments.length === 1
        ) {
          check(node.arguments[0], false);
        }
      },
    };
  },
};
