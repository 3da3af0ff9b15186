// The one place that touches localStorage. Reads never throw: storage may be disabled (private
// mode), full, or hold a value written by another version of the site.
const prefix = 'icc:';

export function readDevice(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(prefix + key) ?? null;
	} catch {
		return null;
	}
}

/** Returns false when the value could not be kept (storage disabled or full). */
export function writeDevice(key: string, value: string): boolean {
	try {
		globalThis.localStorage?.setItem(prefix + key, value);
		return true;
	} catch {
		return false;
	}
}

export function removeDevice(key: string): void {
	try {
		globalThis.localStorage?.removeItem(prefix + key);
	} catch {
		// nothing to do: storage unavailable
	}
}
