/**
 * Service forms on the hub (routes shared with central in main/forms/routes.ts). Forms are loaded
 * and checked when the hub starts; an invalid definition stops start-up with a message naming the
 * service and the problem.
 */
import type { HubModule } from '../../core/module-context.js';
import { formRoutes } from '../../../forms/openapi.js';
import { registerFormRoutes } from '../../../forms/routes.js';
import { loadForms } from '../../../forms/load.js';

export interface FormsModuleOptions {
  /** A forms file; defaults to DAWR_FORMS_FILE, else the demo forms. */
  file?: string;
}

export function formsModule(opts: FormsModuleOptions = {}): HubModule {
  return {
    name: 'forms',
    routeDocs: formRoutes,
    registerHttp(app, ctx) {
      const forms = loadForms(
        opts.file ?? process.env.DAWR_FORMS_FILE,
        ctx.hub.catalogue.services.map((s) => s.id),
      );
      registerFormRoutes(app, forms);
    },
  };
}
