// Records keyed by ids that come from data (the device, an imported file): an id such as
// `toString`, `valueOf` or `hasOwnProperty` is an entry like any other, never a member of
// Object.prototype. Read them through `own`, test them with `Object.hasOwn`, never with `in`.
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
	record && Object.hasOwn(record, key) ? record[key] : undefined;
