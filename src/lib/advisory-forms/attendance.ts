/**
 * The attendance form of a session's bookings page: one "Mødt" box per confirmed booking, saved
 * with one button. The form lists the bookings it showed (`shown`), so that an unticked box
 * records "did not come" rather than "not recorded".
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who came, by booking id, for every booking the form showed; null when the form was crafted or broken. */
export function readAttendance(form: FormData): Record<string, boolean> | null {
  const shown = form.getAll('shown').filter((v): v is string => typeof v === 'string');
  const ticked = new Set(form.getAll('attended').filter((v): v is string => typeof v === 'string'));
  if (shown.length === 0 || !shown.every((id) => UUID.test(id))) return null;
  // A ticked box must be one of the rows the form showed.
  if ([...ticked].some((id) => !shown.includes(id))) return null;
  return Object.fromEntries(shown.map((id) => [id, ticked.has(id)]));
}
