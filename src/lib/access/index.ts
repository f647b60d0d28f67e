export { allow, safeNextPath } from './guard';
export { isStaff, mayActForAssociation, mayAdminister, mayCoordinate, mayReview } from './policy';
