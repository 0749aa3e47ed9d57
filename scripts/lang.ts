// The language of the CLIs' messages, shared by `npm run export` and `npm run fabric`.
import type { Lang } from '../designs/_kit/lang';

export type { Lang };

/** `--lang fr|en`, else the environment's (LC_ALL, LC_MESSAGES, then LANG, as POSIX orders them), else English. */
export function languageOf(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.indexOf('--lang');
  if (i >= 0) return argv[i + 1] === 'fr' ? 'fr' : 'en';
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').startsWith('fr') ? 'fr' : 'en';
}
