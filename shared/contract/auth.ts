import * as z from 'zod';

export const LoginInput = z.object({ username: z.string().min(2).max(40), pin: z.string().min(4).max(64) });
export type LoginInput = z.infer<typeof LoginInput>;
