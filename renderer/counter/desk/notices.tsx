/** The reconnecting banner and the message line (a refusal, or "nobody is waiting"). */
import type { ConnectionState } from '../../common/hub-client.js';
import type { DeskMessage } from './types.js';
import { ConnectionLostBanner, ResultMessage } from '../../common/staff-bar.js';

export function DeskNotices(props: { connection: ConnectionState; message: DeskMessage }) {
  return (
    <>
      <ConnectionLostBanner connection={props.connection} />
      <ResultMessage message={props.message} testId="message" className="messages" />
    </>
  );
}
