/** Device-API reports from the page world become observations of the device categories. */
import type { CategoryId } from '../categories';
import type { PageEvent } from '../schema/messages';
import type { KeyedDraft, Where } from './keyed-draft';

type DeviceEvent = Extract<PageEvent, { type: 'device' }>;

/** Which categories a call reveals: getUserMedia may ask for camera and microphone at once. */
export function deviceCategories(event: DeviceEvent): CategoryId[] {
  switch (event.api) {
    case 'geolocation.getCurrentPosition':
    case 'geolocation.watchPosition':
      return ['geolocation'];
    case 'mediaDevices.getUserMedia':
    case 'getUserMedia.legacy':
    case 'input.capture': {
      const kinds = (event.constraints ?? '').split('+');
      const out: CategoryId[] = [];
      if (kinds.some((kind) => kind.startsWith('video'))) out.push('camera');
      if (kinds.includes('video(user)')) out.push('face_image');
      if (kinds.includes('audio')) out.push('microphone');
      return out;
    }
    case 'contacts.select':
      return ['contact_book'];
    case 'mediaDevices.enumerateDevices':
    case 'permissions.query':
      return ['device_info'];
  }
}

export function deviceDrafts(event: DeviceEvent, where: Where): KeyedDraft[] {
  const frameUrl = event.childFrame && event.childFrame !== 'same-origin' ? event.childFrame : where.frameUrl;
  return deviceCategories(event).map((category) => ({
    key: ['device', category, event.api, event.constraints ?? '', event.gesture, frameUrl].join('|'),
    draft: {
      category,
      kind: 'device_request',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl,
      thirdParty: null,
      detail: { kind: 'device_request', api: event.api, userGesture: event.gesture,
        constraints: event.constraints, count: event.count },
    },
  }));
}
