// A teacher's assignment for the browser tests: what a test cares about given, the rest the
// defaults below, and the whole checked by the site's own validator (a fixture the site would
// refuse fails here, not as a puzzling "broken link" later).
import { validateAssignment, type Assignment } from '../../src/lib/assignments/assignment';

type Given = Pick<Assignment, 'id' | 'lang' | 'modules' | 'questions'> & Partial<Assignment>;

export function testAssignment(given: Given): Assignment {
	const assignment = validateAssignment({
		v: 1,
		title: 'Test assignment',
		note: '',
		passMark: 0.5,
		attempts: 0,
		reveal: 'end',
		retries: false,
		due: null,
		createdAt: '2026-12-01T09:00:00.000Z',
		...given
	});
	if (!assignment) throw new Error(`the site refuses this test assignment: ${JSON.stringify(given)}`);
	return assignment;
}
