// A fake SCORM 1.2 LMS for unit tests: records every call and keeps the values it was given.
import type { Scorm12Api } from '../runtime/lms';

export type Call = [string, ...string[]];

export function fakeApi(initial: Record<string, string> = {}) {
	const calls: Call[] = [];
	const values: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '', ...initial };
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push(['LMSInitialize']), 'true'),
		LMSFinish: () => (calls.push(['LMSFinish']), 'true'),
		LMSGetValue: (element) => (calls.push(['LMSGetValue', element]), values[element] ?? ''),
		LMSSetValue: (element, value) => {
			calls.push(['LMSSetValue', element, value]);
			values[element] = value;
			return 'true';
		},
		LMSCommit: () => (calls.push(['LMSCommit']), 'true'),
		LMSGetLastError: () => '0'
	};
	return { api, calls, values };
}
