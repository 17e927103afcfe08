/** The tracker table's file name inside the extension: written by the build, read by the waking worker. */
export const TRACKER_INDEX_FILE = 'trackers.txt';
