// The schema of each editor collection, shared by the config generator and the editor's check
// before saving (site/client/editor/validate.ts), so both read the build's own rules.
import { designDocEnSchema, designDocSchema } from '../../schemas/design';
import { guideEnSchema, guideSchema } from '../../schemas/guide';
import { protocolSchema } from '../../schemas/protocol';
import { placeSchema } from '../../schemas/place';
import { productionSchema } from '../../schemas/production';
import { resourceSchema } from '../../schemas/resource';
import { inventoryItemSchema } from '../../schemas/inventory';
import { workingGroupSchema } from '../../schemas/workingGroup';
import { networkFigureSchema } from '../../schemas/networkFigure';
import { orgModelSchema } from '../../schemas/orgModel';
import { reviewRecordSchema } from '../../schemas/review';
import { partnerSchema } from '../../schemas/partner';
import { recallSchema } from '../../schemas/recall';
import { legalStatusSchema } from '../../schemas/legalStatus';
import { collectionNames, reviewCollection } from '../wiki/editor';

export const schemas = {
  designDoc: designDocSchema,
  designDocEn: designDocEnSchema,
  guide: guideSchema,
  guideEn: guideEnSchema,
  protocol: protocolSchema,
  place: placeSchema,
  production: productionSchema,
  resource: resourceSchema,
  inventory: inventoryItemSchema,
  workingGroup: workingGroupSchema,
  figure: networkFigureSchema,
  orgModel: orgModelSchema,
  review: reviewRecordSchema,
  partner: partnerSchema,
  recall: recallSchema,
  legal: legalStatusSchema,
} as const;
export type SchemaKey = keyof typeof schemas;

const byCollection: Record<string, SchemaKey> = {
  [collectionNames.designs]: 'designDoc',
  [collectionNames.designsEn]: 'designDocEn',
  [collectionNames.guides]: 'guide',
  [collectionNames.guidesEn]: 'guideEn',
  [collectionNames.protocols]: 'protocol',
  [collectionNames.places]: 'place',
  [collectionNames.production]: 'production',
  [collectionNames.resources]: 'resource',
  [collectionNames.inventory]: 'inventory',
  [collectionNames.workingGroups]: 'workingGroup',
  [collectionNames.figures]: 'figure',
  [collectionNames.orgModels]: 'orgModel',
  [collectionNames.partners]: 'partner',
  [collectionNames.recalls]: 'recall',
  [collectionNames.legal]: 'legal',
};

/** The schema that checks a collection's entries. */
export function schemaOf(collection: string) {
  if (collection.startsWith(reviewCollection(''))) return schemas.review;
  const key = byCollection[collection];
  return key ? schemas[key] : undefined;
}
