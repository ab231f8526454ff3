/**
 * Every IPC handler, as plain functions of (sender frame URL, payload). Each checks who is
 * asking (the hub's pages or the shell's local pages, by origin parsed with `new URL`; a
 * sub-frame or destroyed frame arrives as `undefined` and is refused) and validates the payload
 * with the shared zod schema before doing anything. electron-main.ts only binds them to ipcMain.
 */
import type * as z from 'zod';
import {
  IPC_CHANNELS,
  NoInput,
  PairInput,
  PrintTicketInput,
  type AppInfo,
  type AppRole,
  type DeviceStatus,
  type IpcChannel,
  type IpcResult,
  type PairResult,
  type PrintTicketResult,
  type ShellText,
} from '../../shared/contract/ipc.js';
import { isHubUrl, isLocalPage, type OriginPolicy } from './navigation.js';
import { describeIssues } from '../../shared/contract/validation-errors.js';

export type IpcHandler = (
  senderFrameUrl: string | undefined,
  payload: unknown,
) => Promise<IpcResult<unknown>>;

export interface IpcDeps {
  policy: () => OriginPolicy;
  role: () => AppRole | null;
  /** Present on a kiosk with the printer wired; absent elsewhere. */
  printTicket?: (visitId: string) => Promise<PrintTicketResult>;
  deviceStatus: () => DeviceStatus[];
  appInfo: () => AppInfo;
  pair: (input: PairInput) => Promise<PairResult>;
  retryHub: () => void;
  shellText: () => ShellText;
}

type Audience = 'hub' | 'local' | 'either';

const refuse = (code: string, message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

function senderAllowed(url: string | undefined, audience: Audience, policy: OriginPolicy): boolean {
  if (url === undefined) return false;
  const hub = isHubUrl(url, policy.hubOrigin);
  const local = isLocalPage(url, policy.localPages);
  return audience === 'hub' ? hub : audience === 'local' ? local : hub || local;
}

function handler<S extends z.ZodType>(
  deps: IpcDeps,
  audience: Audience,
  schema: S,
  run: (input: z.infer<S>) => Promise<unknown> | unknown,
): IpcHandler {
  return async (senderFrameUrl, payload) => {
    if (!senderAllowed(senderFrameUrl, audience, deps.policy()))
      return refuse('forbidden', 'this page may not use this message');
    const input = schema.safeParse(payload);
    if (!input.success) return refuse('validation', describeIssues(input.error, { root: '(payload)' }));
    try {
      return { ok: true, data: await run(input.data) };
    } catch (err) {
      return refuse('internal', (err as Error).message);
    }
  };
}

export function createIpcHandlers(deps: IpcDeps): Record<IpcChannel, IpcHandler> {
  const print = handler(deps, 'hub', PrintTicketInput, (input) => deps.printTicket!(input.visitId));
  return {
    [IPC_CHANNELS.printTicket]: async (sender, payload) => {
      if (deps.role() !== 'kiosk' || !deps.printTicket)
        return refuse('forbidden', 'only a kiosk prints tickets');
      return print(sender, payload);
    },
    [IPC_CHANNELS.deviceStatus]: handler(deps, 'hub', NoInput, () => deps.deviceStatus()),
    [IPC_CHANNELS.appInfo]: handler(deps, 'either', NoInput, () => deps.appInfo()),
    [IPC_CHANNELS.pair]: handler(deps, 'local', PairInput, (input) => deps.pair(input)),
    [IPC_CHANNELS.retryHub]: handler(deps, 'local', NoInput, () => deps.retryHub()),
    [IPC_CHANNELS.shellText]: handler(deps, 'local', NoInput, () => deps.shellText()),
  };
}
