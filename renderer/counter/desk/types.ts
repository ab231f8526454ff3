/** What the desk's parts share: the open form, the message line and one action button. */

/** The form or confirmation open on the desk (one at a time). */
export type DeskForm = 'none' | 'transfer' | 'complete' | 'noShow' | 'break' | 'close';

export type DeskMessage = { kind: 'error' | 'info'; text: string } | null;

export type DeskActionId =
  'callNext' | 'recall' | 'startServing' | 'noShow' | 'park' | 'transfer' | 'complete';

/** One button of the visit in hand; `key` is its single-key shortcut (the physical key's letter). */
export interface DeskAction {
  id: DeskActionId;
  label: string;
  key: string;
  enabled: boolean;
  run: () => void;
}
