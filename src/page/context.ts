/** What every page-world hook shares: captured built-ins, the channel, and the rate limiter. */
import type { Builtins } from './builtins';
import type { PageChannel } from './channel';
import type { Limiter } from './limiter';
import type { PageEvent } from '../schema/messages';

export type ChildFrameKind = NonNullable<Extract<PageEvent, { type: 'device' }>['childFrame']>;

export interface HookContext {
  b: Builtins;
  channel: PageChannel;
  limiter: Limiter;
  /** Set when hooks run in a child frame patched from its parent rather than in their own frame. */
  childFrame?: ChildFrameKind;
  /**
   * Set when these hooks were laid over a child window that another copy of the hooks covers: while
   * it answers true, that copy's reports are heard and these hooks stay silent.
   */
  othersReport?: () => boolean;
}
