// The fabric CLI: --help like the export CLI's, French typography, plurals, own keys.
import { describe, it, expect } from 'vitest';
import { designs } from '../../designs';
import { isPattern } from '../../designs/_kit/pattern';
import { runCli } from '../helpers/cli';

const fabric = (lang: string, ...args: string[]) =>
  runCli('fabric', args, { ...process.env, LANG: lang });

describe('npm run fabric', () => {
  it('--help lists the options and every pattern with its sizes, exit 0, in the user’s language', () => {
    const r = fabric('en_GB.UTF-8', '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run fabric -- <pattern> --quantity SIZE=N/);
    for (const option of ['--quantity', '--size', '--width', '--rotate', '--set', '--lang']) expect(r.stdout).toContain(`  ${option} `);
    for (const p of designs.filter(isPattern)) {
      expect(r.stdout).toContain(p.slug);
      for (const size of Object.keys(p.pattern.sizes)) expect(r.stdout).toContain(`${size} (`);
    }
    const fr = fabric('fr_FR.UTF-8', 'masque-a-plis', '--help');
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(/^Usage : npm run fabric -- <patron>/);
    expect(fr.stdout).toContain('tailles :');
  });

  it('writes French with a space before the colon and a decimal comma', () => {
    const r = fabric('fr_FR.UTF-8', 'masque-a-plis', '--size', 'adult', '--quantity', '10', '--width', '900');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('  élastique\u00a0: 3,60 m (10 × 2 × 180 mm)');
    expect(r.stdout).toMatch(/ {2}tissu extérieur\u00a0: 0,63 m/);
    expect(r.stdout).not.toMatch(/\S: |\d\.\d/);
  });

  it('takes its language from LC_ALL before LANG, and from --lang before both', () => {
    const env = { LC_ALL: 'fr_FR.UTF-8' };
    const r = runCli('fabric', ['masque-a-plis'], { ...process.env, LANG: 'en_GB.UTF-8', ...env });
    expect(r.stdout).toMatch(/élastique\u00a0: \d,\d\d m/);
    expect(fabric('fr_FR.UTF-8', 'masque-a-plis', '--lang', 'en').stdout).toMatch(/\n {2}elastic: \d\.\d\d m/);
  });

  it('counts one item as one: "(1 item)", "(1 exemplaire)"', () => {
    expect(fabric('en_GB.UTF-8', 'masque-a-plis', '--size', 'adult', '--quantity', '1').stdout).toMatch(/1 × Adult \(1 item\)/);
    expect(fabric('fr_FR.UTF-8', 'masque-a-plis', '--size', 'adult', '--quantity', '1').stdout).toMatch(/1 × Adulte \(1 exemplaire\)/);
    expect(fabric('fr_FR.UTF-8', 'masque-a-plis', '--size', 'adult', '--quantity', '2').stdout).toMatch(/\(2 exemplaires\)/);
  });

  it('refuses --set __proto__=5 like any unknown parameter', () => {
    const r = fabric('en_GB.UTF-8', 'masque-a-plis', '--set', '__proto__=5');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown parameter "__proto__"/);
  });

  it('refuses an unknown option or a missing value with exit status 2, the option named, as the export CLI does', () => {
    const unknown = fabric('en_GB.UTF-8', 'surblouse', '--colour', 'red');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^error: unknown option --colour; options: --size, --quantity, --width, --rotate, --set, --lang, --help\n\(run with --help/);
    const missing = fabric('fr_FR.UTF-8', 'surblouse', '--width', '--rotate', 'yes');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^erreur : --width attend une valeur : la laize du tissu en mm\n/);
  });
});
