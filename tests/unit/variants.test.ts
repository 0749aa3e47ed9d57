// A build evaluates each published variant once: the downloads, the customizer's prepared
// previews and the catalogue thumbnail share the evaluated model (site/lib/variants.ts).
import { describe, expect, it } from 'vitest';
import type { AnyDesign } from '../../designs/_kit';
import hook from '../../designs/crochet-charlotte/design';
import { artifactsOf } from '../../site/lib/artifacts';
import { preparedPreviewsOf } from '../../site/lib/preparedPreviews';
import { thumbnailOf } from '../../site/lib/thumbnails';
import { evaluatedVariant, publishedVariants } from '../../site/lib/variants';

describe('published variants', () => {
  it('are the defaults, then each preset', () => {
    expect(publishedVariants(hook)).toEqual(['defaut', ...Object.keys(hook.presets)]);
  });

  it('are built once per build, whoever asks: files, prepared previews and thumbnail', async () => {
    const built: string[] = [];
    // A design of its own, so no other test's build is shared; it counts the values it builds.
    const design: AnyDesign = { ...hook, run: (input) => (built.push(JSON.stringify(input)), hook.run(input)) };
    const files = await artifactsOf(design);
    const previews = await preparedPreviewsOf(design);
    await thumbnailOf(design);
    expect(files.some((f) => f.format === 'stl')).toBe(true);
    expect(Object.keys(previews ?? {}).sort()).toEqual([...publishedVariants(hook)].sort());
    expect(built.length).toBe(publishedVariants(hook).length);
    expect(await evaluatedVariant(design, 'defaut')).toBe(await evaluatedVariant(design, 'defaut'));
  });
});
