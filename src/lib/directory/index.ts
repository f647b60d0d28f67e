export { type AssociationListItem, listPublishedAssociations } from './associations';
export { compareDanish, sortByDanishName } from './danish-order';
export { type DirectoryFigures, directoryFigures } from './figures';
