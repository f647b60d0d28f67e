import { actorAdministration, actorAssociation } from './actor';
import type { ReferralActor } from './types';

/**
 * Who acted, as written into an event or the access log: the user (or the API token) and the
 * administration or association they acted for. Names are copied, so the timeline still reads
 * after a user is deleted. The citizen's own entrance leaves every column empty.
 */
export function eventActor(actor: ReferralActor, referralAssociationId: string | null) {
  return {
    actorUserId: actor.kind === 'user' ? actor.user.id : null,
    actorName: actor.kind === 'user' ? actor.user.name : actor.kind === 'api' ? actor.name : null,
    actorAdministrationId: actorAdministration(actor),
    actorAssociationId: actorAssociation(actor, referralAssociationId),
    apiTokenId: actor.kind === 'api' ? actor.tokenId : null,
  };
}
