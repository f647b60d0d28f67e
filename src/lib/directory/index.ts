export { type ActivityDetail, findPublishedActivity, type TermLabel } from './activity';
export { type AssociationActivity, type AssociationDetail, findPublishedAssociation } from './association-detail';
export { type AssociationListItem, listPublishedAssociations } from './associations';
export { compareDanish, sortByDanishName } from './danish-order';
export { type DirectoryFigures, directoryFigures } from './figures';
export { type Bilingual, type PlaceDetail, type PublicContact } from './detail-parts';
export { formatPrice } from './price';
