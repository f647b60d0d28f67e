/**
 * A map to set a place's point: clicking the map or dragging the pin writes the latitude and
 * longitude into the form's own inputs, and typing in those inputs moves the pin. The inputs are
 * the real fields and stay usable with the keyboard and without JavaScript; the map is extra.
 * Leaflet and its CSS are fetched only when the map is about to be seen (client:visible).
 */
import type { Map as LeafletMap, Marker } from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import './PointPicker.css';

interface Props {
  /** Ids of the latitude and longitude inputs the map writes to. */
  latitudeId: string;
  longitudeId: string;
  /** Where the map looks when no point is set yet (the municipality's centre). */
  centre: { latitude: number; longitude: number };
  /** The accessible name of the map. */
  label: string;
  texts: { zoomIn: string; zoomOut: string; marker: string };
}

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** "55,6761" or "55.6761" from an input; null when empty or not a number. */
function readNumber(input: HTMLInputElement | null): number | null {
  const text = input?.value.trim().replace(',', '.') ?? '';
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export default function PointPicker({ latitudeId, longitudeId, centre, label, texts }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const latitude = document.getElementById(latitudeId) as HTMLInputElement | null;
    const longitude = document.getElementById(longitudeId) as HTMLInputElement | null;
    if (!latitude || !longitude) return;
    let map: LeafletMap | undefined;
    let follow: (() => void) | undefined;
    let cancelled = false;
    setShown(true);

    const load = async () => {
      const [{ default: L }] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]);
      if (cancelled || !box.current) return;
      const current = () => {
        const lat = readNumber(latitude);
        const lng = readNumber(longitude);
        return lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? ([lat, lng] as [number, number]) : null;
      };
      const start = current();
      map = L.map(box.current, { scrollWheelZoom: false, zoomControl: false }).setView(
        start ?? [centre.latitude, centre.longitude],
        start ? 16 : 12,
      );
      L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
      map.attributionControl.setPrefix(false);
      L.tileLayer(TILES, { maxZoom: 19, attribution: ATTRIBUTION }).addTo(map);

      let pin: Marker | undefined;
      // Writes the point into the inputs, as if typed, so that the form sends it.
      const write = (lat: number, lng: number) => {
        latitude.value = lat.toFixed(6);
        longitude.value = lng.toFixed(6);
        for (const input of [latitude, longitude]) input.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const place = (point: [number, number]) => {
        if (pin) {
          pin.setLatLng(point);
          return;
        }
        pin = L.marker(point, {
          draggable: true,
          title: texts.marker,
          icon: L.divIcon({ className: 'point-picker-pin', iconSize: [24, 24] }),
        }).addTo(map!);
        pin.on('dragend', () => {
          const { lat, lng } = pin!.getLatLng();
          write(lat, lng);
        });
      };
      if (start) place(start);
      map.on('click', (event) => {
        place([event.latlng.lat, event.latlng.lng]);
        write(event.latlng.lat, event.latlng.lng);
      });
      // Typing a point moves the pin there.
      follow = () => {
        const point = current();
        if (point) {
          place(point);
          map?.panTo(point);
        }
      };
      latitude.addEventListener('input', follow);
      longitude.addEventListener('input', follow);
    };
    load().catch((error: unknown) => {
      // Offline or blocked: the inputs still take the point.
      console.warn('PointPicker: the map could not load', error);
      setShown(false);
    });
    return () => {
      cancelled = true;
      if (follow) for (const input of [latitude, longitude]) input.removeEventListener('input', follow);
      map?.remove();
    };
  }, []);

  // Before hydration (and without JavaScript) an empty box that takes no room.
  return shown ? <div ref={box} class="point-picker" role="region" aria-label={label} /> : <div ref={box} class="point-picker-pending" />;
}
