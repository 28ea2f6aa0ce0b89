/**
 * The selection share's popover (SelectionPopover.tsx): loaded once the page is live (deferredParts.tsx), or
 * as a selection starts, if that is sooner. Its loader is here, in the page's own code, rather than in the
 * selection share's chunk: a dynamic import in that chunk would list the page's own stylesheet among its
 * dependencies, and the page would ask for the styles it has inline.
 */
import { lateModule } from '../lib/lateModule.ts';

export const selectionPopoverCode = lateModule(() => import('./SelectionPopover.tsx'));
