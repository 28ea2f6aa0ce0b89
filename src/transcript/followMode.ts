/** Follow mode's chunk (see useFollowMode.ts): following itself and its "Back to now" button. */
export { startFollowing } from './follow.ts';
export { BackToNow } from './BackToNow.tsx';
