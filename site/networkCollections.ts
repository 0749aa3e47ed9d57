// The network's collections: data under network/, one YAML file per entry so that
// contributors adding entries through the editor never edit the same file. An entry's id is its
// file name. Kept beside content.config.ts so that file stays a short list.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './lib/entryFiles';
import { placeSchema } from './schemas/place';
import { productionSchema } from './schemas/production';
import { inventoryItemSchema } from './schemas/inventory';
import { resourceSchema } from './schemas/resource';
import { orgModelSchema } from './schemas/orgModel';
import { networkFigureSchema } from './schemas/networkFigure';
import { workingGroupSchema } from './schemas/workingGroup';

/** network/<folder>/<id>.yaml, one entry per file. */
const entryFolder = (folder: string) => glob({ pattern: '*.yaml', base: `./network/${folder}`, generateId: ({ entry }) => entryId(`network/${folder}`, entry) });

export const networkCollections = {
  places: defineCollection({ loader: entryFolder('places'), schema: placeSchema }),
  production: defineCollection({ loader: entryFolder('production'), schema: productionSchema }),
  inventory: defineCollection({ loader: entryFolder('inventory'), schema: inventoryItemSchema }),
  resources: defineCollection({ loader: entryFolder('resources'), schema: resourceSchema }),
  networkFigures: defineCollection({ loader: entryFolder('figures'), schema: networkFigureSchema }),
  workingGroups: defineCollection({ loader: entryFolder('working-groups'), schema: workingGroupSchema }),
  orgModels: defineCollection({ loader: glob({ pattern: '*.yaml', base: './network/models' }), schema: orgModelSchema }),
};
