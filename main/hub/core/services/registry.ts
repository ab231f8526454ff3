/**
 * One hub's services, looked up by a typed identifier (issue #17). A feature that offers something
 * to the others (alerts, printers, SMS, device health, backups, storage health) provides it here
 * once, under an identifier declared in the core (./ids.ts); a feature that needs it asks for the
 * identifier, never imports the provider. The registry belongs to the module context built once
 * per hub (server.ts), so two hubs in one process (tests) never share a service — which is what
 * the per-hub WeakMap look-ups this replaces were for.
 */

/** A service's name with the type it is registered under; create with `serviceId`. */
export interface ServiceId<T> {
  readonly name: string;
  /** Never set: carries T so that `get(id)` is typed. */
  readonly type?: (service: T) => T;
}

export function serviceId<T>(name: string): ServiceId<T> {
  return { name };
}

export class HubServices {
  private readonly byName = new Map<string, unknown>();

  /** Registers the hub's one instance; a second registration of the same name is a bug and throws. */
  provide<T>(id: ServiceId<T>, service: T): T {
    if (this.byName.has(id.name)) throw new Error(`the ${id.name} service is already provided in this hub`);
    this.byName.set(id.name, service);
    return service;
  }

  /** The service; throws (naming it) when no module of this hub provides it. */
  get<T>(id: ServiceId<T>): T {
    if (!this.byName.has(id.name))
      throw new Error(`no ${id.name} service in this hub: the module that provides it is not loaded`);
    return this.byName.get(id.name) as T;
  }

  /** The service, or undefined when this hub runs without the module that provides it. */
  find<T>(id: ServiceId<T>): T | undefined {
    return this.byName.get(id.name) as T | undefined;
  }
}
