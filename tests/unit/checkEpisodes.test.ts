import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    expect(lines.at(-1)).toBe(
      '7 files (5 episode files, 2 people files): 1 episode compiled, 0 files skipped, 4 files with errors, 2 warnings, 4 errors',
    );
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings, and checks the bundled episodes by default', () => {
    expect(check('tests/fixtures/episodes').code).toBe(0);
    const bundled = check();
    expect(bundled.lines).toEqual([
      '1 file (1 episode file, 0 people files): 1 episode compiled, 0 files skipped, 0 files with errors, 0 warnings, 0 errors',
    ]);
    expect(bundled.code).toBe(0);
  });

  it("on a Jekyll site's folder, notes what it skips, warns of episodes without a transcript, and exits 0", () => {
    const site = mkdtempSync(join(tmpdir(), 'check-site-'));
    cpSync(join(root, 'tests/fixtures/site'), site, { recursive: true });
    const podcast = join(site, '_podcast');
    rmSync(join(podcast, 'broken-yaml.md'));
    const { code, lines } = check(podcast);
    expect(lines.filter((line) => / note skipped: /.test(line))).toHaveLength(3);
    expect(lines).toContainEqual(
      expect.stringMatching(/s14e02-data-contracts\.md:1:1 warning the episode has no transcript yet; /),
    );
    expect(lines.at(-1)).toBe(
      '6 files (5 episode files, 1 people file): 2 episodes compiled (1 without a transcript yet), 3 files skipped, 0 files with errors, 4 warnings, 0 errors',
    );
    expect(code).toBe(0);
    rmSync(site, { recursive: true, force: true });
    // The same folder with its broken file: still strict.
    expect(check('tests/fixtures/site/_podcast').code).toBe(1);
  });
});
