/**
 * A map of the hits that have a place, beside the list on wide screens and below it on phones.
 * The list stays the primary view: the map says so in its label, can be skipped, and is drawn
 * only with JavaScript. Leaflet and its CSS are fetched when the map is about to be seen, so they
 * cost nothing on the first paint. Tiles that fail to load (offline, in tests) leave a grey map.
 */
import type { LayerGroup, Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../../search/types';
import { RESULTS_EVENT } from '../search/model';

export interface MapTexts {
  label: string;
  skip: string;
  attribution: string;
  zoomIn: string;
  zoomOut: string;
  close: string;
  none: string;
}

/** What the map needs of a hit; the page passes only this, to keep the page small. */
export type MapHit = Pick<SearchHit, 'type' | 'id' | 'url' | 'title' | 'kind' | 'geo'>;

/** The hits that can be drawn, cut to what the map needs. */
export function mapHits(hits: readonly SearchHit[]): MapHit[] {
  return hits.filter((hit) => hit.geo).map(({ type, id, url, title, kind, geo }) => ({ type, id, url, title, kind, geo }));
}

interface Props {
  hits: MapHit[];
  texts: MapTexts;
}

/** The centre of the demo municipality, for a page without places. */
const CITY = { lat: 55.6761, lng: 12.5683 };

/** The map island (client:idle): pins for the hits with a place, redrawn when the search island finds new hits. */
export default function ResultsMap({ hits: first, texts }: Props) {
  const [hits, setHits] = useState(first);
  const [live, setLive] = useState(false);
  const [map, setMap] = useState<{ L: typeof import('leaflet'); map: LeafletMap; pins: LayerGroup } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const placed = hits.filter((hit) => hit.geo);

  useEffect(() => {
    setLive(true);
    const onResults = (event: Event) => setHits(mapHits((event as CustomEvent<SearchHit[]>).detail));
    document.addEventListener(RESULTS_EVENT, onResults);
    return () => document.removeEventListener(RESULTS_EVENT, onResults);
  }, []);

  // Fetch Leaflet once the map is near the viewport.
  useEffect(() => {
    const element = box.current;
    if (!live || !element) return;
    let cancelled = false;
    let created: LeafletMap | undefined;
    const load = async () => {
      const [{ default: L }] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]);
      if (cancelled) return;
      created = L.map(element, { zoomControl: false, scrollWheelZoom: false }).setView([CITY.lat, CITY.lng], 11);
      L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(created);
      created.attributionControl.setPrefix(false);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: `<a href="https://www.openstreetmap.org/copyright">${texts.attribution}</a>`,
      }).addTo(created);
      created.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', texts.close));
      setMap({ L, map: created, pins: L.layerGroup().addTo(created) });
    };
    const watcher = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          watcher.disconnect();
          load().catch((error: unknown) => console.warn('The map could not be shown; the list has the same results.', error));
        }
      },
      { rootMargin: '200px' },
    );
    watcher.observe(element);
    return () => {
      cancelled = true;
      watcher.disconnect();
      created?.remove();
    };
  }, [live, texts]);

  // Draw the pins of the current hits and show them all.
  useEffect(() => {
    if (!map) return;
    const { L, pins } = map;
    pins.clearLayers();
    const points: [number, number][] = [];
    for (const hit of placed) {
      const { lat, lng } = hit.geo!;
      points.push([lat, lng]);
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.title;
      const pin = L.marker([lat, lng], {
        icon: L.divIcon({ className: `map-pin map-pin--${hit.kind ?? hit.type}`, iconSize: [22, 22] }),
        title: hit.title,
        keyboard: true,
      }).bindPopup(link);
      pins.addLayer(pin);
      pin.getElement()?.setAttribute('aria-label', hit.title);
    }
    if (points.length > 0) map.map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
    else map.map.setView([CITY.lat, CITY.lng], 11);
  }, [map, hits]);

  return (
    <div class="search-map" hidden={!live}>
      <a class="search-map-skip" href="#search-map-end">
        {texts.skip}
      </a>
      <div ref={box} class="search-map-canvas" role="region" aria-label={texts.label} />
      {live && placed.length === 0 && <p class="search-map-none">{texts.none}</p>}
      <span id="search-map-end" tabIndex={-1} />
    </div>
  );
}
