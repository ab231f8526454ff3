/**
 * The part of the catalogue one kiosk offers (its agencies from the dashboard; none listed: all).
 * Apart from catalogue.ts, which re-exports it, so that the kiosk's welcome screen can use it without
 * loading the catalogue's zod schemas before its first paint (issue #15; the schemas run in the
 * kiosk's validation worker).
 */
export function catalogueForKiosk<
  C extends { agencies: readonly { id: string }[]; services: readonly { agencyId: string }[] },
>(c: C, settings: { agencyIds: readonly string[] }): C {
  if (settings.agencyIds.length === 0) return c;
  const offered = new Set(settings.agencyIds);
  return {
    ...c,
    agencies: c.agencies.filter((a) => offered.has(a.id)),
    services: c.services.filter((s) => offered.has(s.agencyId)),
  };
}
