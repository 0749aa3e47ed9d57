// The network's collections (issue 6): data files under network/, edited by pull request.
// Kept beside content.config.ts so that file stays a short list.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { productionRows } from './lib/network/productionCsv';
import { placeSchema } from './schemas/place';
import { productionSchema } from './schemas/production';
import { inventoryItemSchema } from './schemas/inventory';
import { resourceSchema } from './schemas/resource';
import { orgModelSchema } from './schemas/orgModel';
import { networkFigureSchema } from './schemas/networkFigure';
import { workingGroupSchema } from './schemas/workingGroup';

export const networkCollections = {
  places: defineCollection({ loader: file('network/places.yaml'), schema: placeSchema }),
  production: defineCollection({ loader: file('network/production.csv', { parser: productionRows }), schema: productionSchema }),
  inventory: defineCollection({ loader: file('network/inventory.yaml'), schema: inventoryItemSchema }),
  resources: defineCollection({ loader: file('network/resources.yaml'), schema: resourceSchema }),
  networkFigures: defineCollection({ loader: file('network/figures.yaml'), schema: networkFigureSchema }),
  workingGroups: defineCollection({ loader: file('network/working-groups.yaml'), schema: workingGroupSchema }),
  orgModels: defineCollection({ loader: glob({ pattern: '*.yaml', base: './network/models' }), schema: orgModelSchema }),
};
