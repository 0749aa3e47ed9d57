// Decap's French, corrected where it reads wrong to our contributors: a typo, "Oops", an English
// colon, "éléments(s)", and a full-width "＋" that many fonts cannot draw.
import fr from 'decap-cms-locales/dist/esm/fr/index.js';

type Phrases = { [key: string]: string | Phrases };

const corrections: Record<string, string> = {
  'collection.collectionTop.newButton': 'Ajouter : %{collectionLabel}',
  'editor.editorControlPane.widget.required': 'Le champ « %{fieldLabel} » est obligatoire.',
  'editor.editorControlPane.widget.regexPattern': 'Le champ « %{fieldLabel} » n’a pas la forme attendue : %{pattern}.',
  'editor.editorControlPane.widget.rangeCountExact': '« %{fieldLabel} » doit avoir exactement %{count} élément(s).',
  'editor.editorControlPane.widget.rangeMin': '« %{fieldLabel} » doit avoir au moins %{minCount} élément(s).',
  'editor.editorControlPane.widget.rangeMax': '« %{fieldLabel} » doit avoir au plus %{maxCount} élément(s).',
  'ui.toast.missingRequiredField': 'Un champ obligatoire est vide : remplissez-le avant d’enregistrer.',
  'workflow.workflowCard.deleteChanges': 'Supprimer les modifications',
};

/** Decap's French phrases with our corrections, for CMS.registerLocale('fr', …). */
export function frenchPhrases(): Phrases {
  const phrases: Phrases = structuredClone(fr as Phrases);
  for (const [path, text] of Object.entries(corrections)) {
    const keys = path.split('.');
    let node = phrases;
    for (const k of keys.slice(0, -1)) node = node[k] as Phrases;
    if (typeof node[keys[keys.length - 1]] !== 'string') throw new Error(`Decap's French has no phrase ${path}`);
    node[keys[keys.length - 1]] = text;
  }
  return phrases;
}
