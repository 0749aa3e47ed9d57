// A recall in words: what it targets, and where its printable notice is.
import { useTranslations, type Lang } from '../../i18n';
import type { Recall } from '../../schemas/recall';
import { recallTarget } from './recalls';

export const recallPath = (lang: Lang, id: string) => (lang === 'fr' ? `/open-sante/rappels/${id}/` : `/en/open-sante/recalls/${id}/`);

/** "Tout le modèle", "Le générateur 1a2b3c4d…", "Le fichier x.stl (1a2b3c4d…)". */
export function recallScope(r: Recall, files: { fileName: string; sha256: string }[], lang: Lang): string {
  const t = useTranslations(lang);
  switch (recallTarget(r)) {
    case 'design':
      return t('os.recall.whole');
    case 'generator':
      return t('os.recall.generator', { hash: r.generator!.slice(0, 12) });
    case 'file': {
      const names = files.filter((f) => f.sha256 === r.file).map((f) => f.fileName);
      return t('os.recall.file', { hash: r.file!.slice(0, 12), names: names.join(', ') || '—' });
    }
  }
}
