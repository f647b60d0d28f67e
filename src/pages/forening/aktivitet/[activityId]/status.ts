import type { APIRoute } from 'astro';
import { statusEndpoint } from '../../../../components/listing/status-endpoint';

/** Pause, resume, archive, send for approval or withdraw changes of an activity (components/listing/status-endpoint.ts). */
export const POST: APIRoute = (context) => statusEndpoint(context, 'activity');
