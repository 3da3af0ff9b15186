// One builder of a teacher's assignment for every test, unit and browser alike: what a test cares
// about given, the rest a plain, valid default, and the whole checked by the site's own validator
// (a fixture the site would refuse fails here, not as a puzzling "broken link" later). It imports
// no content, so Playwright's specs load it as well as Vitest's.
import { validateAssignment, type Assignment } from '../assignment';

/** An assignment of modules 1 and 2, every question, due whenever; `given` says what differs. */
export function testAssignment(given: Partial<Assignment> = {}): Assignment {
	const assignment = validateAssignment({
		v: 1,
		id: 'abcdefghij',
		title: 'Test assignment',
		note: '',
		lang: 'en',
		modules: ['01-jurisdiction', '02-cyber'],
		questions: { mode: 'all' },
		passMark: 0.5,
		attempts: 0,
		reveal: 'end',
		retries: true,
		due: null,
		createdAt: '2025-03-01T09:00:00.000Z',
		...given
	});
	if (!assignment) throw new Error(`the site refuses this test assignment: ${JSON.stringify(given)}`);
	return assignment;
}
