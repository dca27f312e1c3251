/**
 * JudgeDesk needs no browser permission: no camera, microphone, geolocation, notifications,
 * clipboard-read, MIDI, HID, serial, USB, fullscreen-by-script … Transcripts import recorded
 * files through the main process, never through getUserMedia. Every request is denied.
 */
export function decidePermission(_permission: string): boolean {
  return false;
}
