import { CARE } from './catalogue-care';
import { CRISIS } from './catalogue-crisis';
import { CULTURE } from './catalogue-culture';
import { ECONOMY } from './catalogue-economy';
import { ENVIRONMENT } from './catalogue-environment';
import { FAMILIES } from './catalogue-families';
import { HEALTH } from './catalogue-health';
import { INTEGRATION } from './catalogue-integration';
import { SOCIAL } from './catalogue-social';
import { SPORT } from './catalogue-sport';
import { WORK } from './catalogue-work';
import { localHelpAssociations } from './local-help';
import type { AssociationSpec } from './types';

/** Every association of the demo municipality with its activities, in a fixed order. */
export function catalogue(): AssociationSpec[] {
  return [
    ...localHelpAssociations(),
    ...HEALTH,
    ...CARE,
    ...CRISIS,
    ...SOCIAL,
    ...FAMILIES,
    ...INTEGRATION,
    ...WORK,
    ...CULTURE,
    ...SPORT,
    ...ENVIRONMENT,
    ...ECONOMY,
  ];
}
