/** Shows a manager call's outcome: `ok` when it succeeded, else the refusal's translated message. */
export type Report = (r: { ok: boolean; error?: { code: string } }, ok: string) => void;
