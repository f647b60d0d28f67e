/**
 * A small map of an activity's or association's places (Leaflet with OpenStreetMap tiles). It is
 * extra: the page already gives every address in words with a link to openstreetmap.org. Without
 * JavaScript it takes no room; Leaflet is loaded only when the map scrolls into view (client:visible)
 * and then in its own chunk. Tiles that fail to load (offline, blocked) leave an empty frame, never
 * an error.
 */
import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface MapPoint {
  name: string;
  latitude: number;
  longitude: number;
}

interface Props {
  points: MapPoint[];
  /** The accessible name of the map region. */
  label: string;
  texts: { zoomIn: string; zoomOut: string };
}

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

export default function PlaceMap({ points, label, texts }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    let map: LeafletMap | undefined;
    let cancelled = false;
    setShown(true);
    import('leaflet')
      .then(({ default: L }) => {
        if (cancelled || !container.current) return;
        // Scrolling the page must not zoom the map; the zoom buttons and keys still do.
        map = L.map(container.current, { scrollWheelZoom: false, zoomControl: false });
        L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
        L.tileLayer(TILES, { maxZoom: 19, attribution: ATTRIBUTION }).addTo(map);
        for (const point of points) {
          L.circleMarker([point.latitude, point.longitude], { radius: 9, color: '#0059b3', weight: 3, fillOpacity: 0.6 })
            .bindTooltip(point.name)
            .addTo(map);
        }
        const bounds = L.latLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number]));
        map.fitBounds(bounds, { padding: [40, 40], maxZoom: 15 });
      })
      .catch((error: unknown) => {
        // The chunk could not load (offline): the addresses and their links are still there.
        console.warn('PlaceMap: the map could not load', error);
        setShown(false);
      });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, []);

  // Before hydration (and without JavaScript) an empty, zero-height box: no empty landmark, and
  // still something for client:visible to watch, which a hidden element would never be.
  return shown ? (
    <div ref={container} class="place-map" role="region" aria-label={label} />
  ) : (
    <div ref={container} class="place-map-pending" />
  );
}
