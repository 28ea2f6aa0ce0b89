import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/episodes/checkEpisodes.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
}

describe('npm run check:episodes', { timeout: 30_000 }, () => {
  it('prints every diagnostic as path:line:col severity message, a summary, and exits 1 on errors', () => {
    const { code, lines } = check('tests/fixtures/broken');
    expect(lines).toContain(
      'tests/fixtures/broken/yaml-error.md:8:3 error YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix: Indent this line like the other items at its level',
    );
    expect(lines).toContain(
      'tests/fixtures/broken/bare-yaml.md:1:1 warning the file has no --- lines around its front matter; the whole file was read as YAML. Fix: Add a line `---` before the first field and after the last one',
    );
    expect(lines.at(-1)).toBe('8 files (6 episode files, 2 people files), 1 episode compiled, 2 warnings, 5 errors');
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings, and checks the bundled episodes by default', () => {
    expect(check('tests/fixtures/episodes').code).toBe(0);
    const bundled = check();
    expect(bundled.lines).toEqual([
      '1 file (1 episode file, 0 people files), 1 episode compiled, 0 warnings, 0 errors',
    ]);
    expect(bundled.code).toBe(0);
  });
});
