/**
 * The socket.io namespaces, one per role. Kept apart from the zod schemas of socket.ts so a page
 * can open its socket without evaluating zod before its first paint (issue #15: the kiosk's
 * HubClient needs these names at once and the schemas only for the first acknowledgement).
 */
export const NAMESPACES = {
  kiosk: '/kiosk',
  counter: '/counter',
  display: '/display',
  manager: '/manager',
  public: '/public',
} as const;
export type NamespaceRole = keyof typeof NAMESPACES;
