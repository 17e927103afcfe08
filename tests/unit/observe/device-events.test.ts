import { describe, expect, it } from 'vitest';
import { deviceCategories, deviceDrafts } from '../../../src/observe/device-events';

const where = { pageUrl: 'https://kreditomat.kz/', frameUrl: 'https://kreditomat.kz/', at: '2026-11-21T09:00:00.000Z' };

describe('device requests', () => {
  it('splits getUserMedia into camera and microphone from its constraints', () => {
    const base = { type: 'device', api: 'mediaDevices.getUserMedia', gesture: true, count: 1 } as const;
    expect(deviceCategories({ ...base, constraints: 'video' })).toEqual(['camera']);
    expect(deviceCategories({ ...base, constraints: 'audio' })).toEqual(['microphone']);
    expect(deviceCategories({ ...base, constraints: 'video+audio' })).toEqual(['camera', 'microphone']);
    expect(deviceCategories({ ...base })).toEqual([]);
    expect(deviceCategories({ ...base, constraints: 'video(user)+audio' })).toEqual(['camera', 'face_image', 'microphone']);
  });

  it('records geolocation and the contact picker under their categories', () => {
    expect(deviceCategories({ type: 'device', api: 'geolocation.watchPosition', gesture: false, count: 1 })).toEqual(['geolocation']);
    expect(deviceCategories({ type: 'device', api: 'contacts.select', gesture: true, count: 1 })).toEqual(['contact_book']);
  });

  it('names the child frame a call came from when the hooks reached it from its parent', () => {
    const [keyed] = deviceDrafts({ type: 'device', api: 'geolocation.getCurrentPosition', gesture: false, count: 1,
      childFrame: 'about:blank' }, where);
    expect(keyed?.draft.frameUrl).toBe('about:blank');
    expect(keyed?.draft.detail).toMatchObject({ userGesture: false, count: 1 });
  });
});
