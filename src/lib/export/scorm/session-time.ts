// SCORM 1.2 writes durations as CMITimespan: HHHH:MM:SS.SS (hours on 2 to 4 digits, seconds with
// up to 2 decimals). ISO 8601 (PT1M5S) is SCORM 2004's format and a 1.2 runtime rejects it.

/** The longest span the format can hold. */
export const MAX_SESSION_TIME = '9999:59:59.99';

/** Milliseconds → "HHHH:MM:SS.SS", rounded to the hundredth; negative or NaN → 0, beyond 9999 h → the maximum. */
export function formatSessionTime(milliseconds: number): string {
	if (!(milliseconds > 0)) return '0000:00:00.00';
	const centiseconds = Math.round(milliseconds / 10);
	const hours = Math.floor(centiseconds / 360_000);
	if (hours > 9999) return MAX_SESSION_TIME;
	const minutes = Math.floor((centiseconds % 360_000) / 6000);
	const seconds = Math.floor((centiseconds % 6000) / 100);
	const hundredths = centiseconds % 100;
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(hundredths, 2)}`;
}

/** The SCORM 1.2 CMITimespan pattern, for tests and for checking before writing. */
export const SESSION_TIME_PATTERN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
