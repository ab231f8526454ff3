/** The reconnecting banner and the message line (a refusal, or "nobody is waiting"). */
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../common/hub-client.js';
import type { DeskMessage } from './types.js';

export function DeskNotices(props: { connection: ConnectionState; message: DeskMessage }) {
  const { t } = useTranslation();
  const { message } = props;
  return (
    <>
      {props.connection === 'disconnected' && (
        <p className="banner" role="status">
          {t('common.connectionLost')}
        </p>
      )}
      <div aria-live="polite" className="messages">
        {message && (
          <p
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={message.kind}
            data-testid="message"
          >
            {message.text}
          </p>
        )}
      </div>
    </>
  );
}
