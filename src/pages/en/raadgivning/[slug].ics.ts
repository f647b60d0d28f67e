// The English calendar file: the same endpoint; the locale middleware sets English from the path.
export { GET } from '../../raadgivning/[slug].ics';
