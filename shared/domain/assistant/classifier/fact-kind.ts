/** The facts of a service a question may ask for; its own module so the phrases and the classifier both import it. */
export type FactKind =
  'documents' | 'fees' | 'duration' | 'eligibility' | 'representative' | 'online' | 'how-to';
