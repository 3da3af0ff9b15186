// A teacher's assignment for the browser tests: the one builder the unit tests use too.
export { testAssignment } from '../../src/lib/assignments/test-support/assignment';
