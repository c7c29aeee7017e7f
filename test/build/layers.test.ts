import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSC = resolve('node_modules/.bin/tsc');
const probeDir = resolve('src/shared/__layer_probe__');
const webProbeDir = resolve('src/renderer/src/__layer_probe__');
const mainProbeDir = resolve('src/main/__layer_probe__');
/** tsc on the whole main project takes a minute on a loaded machine. */
const SLOW = 300_000;

function typecheck(project: string, dir: string, source: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'probe.ts'), source);
  const r = spawnSync(TSC, ['-p', project, '--noEmit'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return r.stdout + r.stderr;
}

/** The layer rules of style.md are enforced by the compiler configs, not by review. */
describe('layer rules', () => {
  afterAll(() => {
    rmSync(probeDir, { recursive: true, force: true });
    rmSync(webProbeDir, { recursive: true, force: true });
    rmSync(mainProbeDir, { recursive: true, force: true });
  });

  it('shared code that imports electron fails type-checking', () => {
    const out = typecheck('tsconfig.shared.json', probeDir, "import { app } from 'electron';\nexport const x = app;\n");
    expect(out).toContain('ERROR_this_layer_must_not_import_electron_node_or_sqlite');
  });

  it('shared code that imports a Node built-in fails type-checking', () => {
    const out = typecheck('tsconfig.shared.json', probeDir, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(out).toContain('ERROR_this_layer_must_not_import_electron_node_or_sqlite');
  });

  it('renderer code that imports better-sqlite3 fails type-checking', () => {
    const out = typecheck('tsconfig.web.json', webProbeDir, "import Database from 'better-sqlite3';\nexport const x = Database;\n");
    expect(out).toContain('ERROR_this_layer_must_not_import_electron_node_or_sqlite');
  });

  it('only the Electron shell and the preload import electron', () => {
    const r = spawnSync('grep', ['-rlE', "from '(electron|electron/.*)'", 'src'], { encoding: 'utf8' });
    const files = r.stdout.split('\n').filter(Boolean);
    for (const f of files) expect(f).toMatch(/^src\/(main\/index\.ts|main\/shell\/|preload\/)/);
  });

  // By folder as well as by package: each project is composite, so a file it reaches outside its
  // include list (the renderer reaching into src/main or src/cli, main into the renderer) fails.
  it('renderer code that imports main or CLI code fails type-checking', () => {
    const out = typecheck(
      'tsconfig.web.json',
      webProbeDir,
      "import { APP_VERSION } from '../../../main/version';\nimport { parseCommandLine } from '../../../cli/args';\nexport const x = [APP_VERSION, parseCommandLine];\n",
    );
    expect(out).toMatch(/src\/main\/version\.ts' is not listed within the file list of project/);
    expect(out).toMatch(/src\/cli\/args\.ts' is not listed within the file list of project/);
  }, SLOW);

  it('main code that imports renderer code fails type-checking', () => {
    const out = typecheck('tsconfig.node.json', mainProbeDir, "import type { LedgerRow } from '../../renderer/src/grid/types';\nexport type X = LedgerRow;\n");
    expect(out).toMatch(/src\/renderer\/src\/grid\/types\.ts' is not listed within the file list of project/);
  }, SLOW);
});
