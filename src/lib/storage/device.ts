// The one place that touches localStorage. Nothing here throws: storage may be disabled (private
// mode), full (quota), or hold values written by another version of the site. When the device
// refuses a write, the value is kept in memory for this visit and `deviceStatus()` says so, so that
// pages can warn the learner and carry on.
const prefix = 'icc:';
const memory = new Map<string, string>();
let refused = false;

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

export function readDevice(key: string): string | null {
	if (memory.has(key)) return memory.get(key)!;
	try {
		return storage()?.getItem(prefix + key) ?? null;
	} catch {
		return null;
	}
}

/** Returns false when the device refused the value (it is then kept in memory only). */
export function writeDevice(key: string, value: string): boolean {
	try {
		const store = storage();
		if (!store) throw new Error('no storage');
		store.setItem(prefix + key, value);
		memory.delete(key);
		return true;
	} catch {
		memory.set(key, value);
		refused = true;
		return false;
	}
}

/**
 * Writes to the device only, never to memory: true when the device kept it. For copies whose
 * original must stay until the copy is safe (a value set aside, an import, an undo).
 */
export function writeDeviceOnly(key: string, value: string): boolean {
	try {
		const store = storage();
		if (!store) return false;
		store.setItem(prefix + key, value);
		memory.delete(key);
		return true;
	} catch {
		return false;
	}
}

/**
 * Sets an unreadable value aside under a backup key. The original is removed only once its copy
 * is on the device: when the device refuses the copy (full), the original stays where it is and
 * this returns false, so that the caller says so and does not write over it.
 */
export function setAside(key: string, raw: string, stamp = Date.now()): boolean {
	let backup = `backup:${key}:${stamp}`;
	for (let n = 2; readDevice(backup) !== null; n++) backup = `backup:${key}:${stamp}-${n}`;
	if (!writeDeviceOnly(backup, raw)) return false;
	removeDevice(key);
	return true;
}

/** Every key the site keeps, with its raw value (a backup, an undo). */
export function deviceSnapshot(): Record<string, string> {
	const snapshot: Record<string, string> = Object.create(null);
	for (const key of deviceKeys()) {
		const value = readDevice(key);
		if (value !== null) snapshot[key] = value;
	}
	return snapshot;
}

export function removeDevice(key: string): void {
	memory.delete(key);
	try {
		storage()?.removeItem(prefix + key);
	} catch {
		// storage unavailable: nothing kept there
	}
}

/** Every key the site keeps (without the prefix), e.g. for a backup or "erase everything". */
export function deviceKeys(): string[] {
	const keys = new Set(memory.keys());
	try {
		const store = storage();
		for (let i = 0; store && i < store.length; i++) {
			const key = store.key(i);
			if (key?.startsWith(prefix)) keys.add(key.slice(prefix.length));
		}
	} catch {
		// storage unavailable: the memory keys are all there is
	}
	return [...keys].sort();
}

export function deviceStatus(): 'ok' | 'memory-only' {
	return refused ? 'memory-only' : 'ok';
}

/** Calls `listener(key)` when another tab changes one of the site's keys. Returns an unsubscribe. */
export function onOtherTabChange(listener: (key: string) => void): () => void {
	if (typeof window === 'undefined') return () => {};
	const handler = (event: StorageEvent) => {
		if (event.key?.startsWith(prefix)) listener(event.key.slice(prefix.length));
	};
	window.addEventListener('storage', handler);
	return () => window.removeEventListener('storage', handler);
}
