// The English feed: the same endpoint; the locale middleware sets English from the path.
export { GET } from '../../../../raadgivning/feed/forening/[slug].ics';
