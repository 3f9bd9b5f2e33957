import { tokenStore } from '@/lib/token-store';
import { createQueryClient } from '@/lib/query-client';

// The app's one QueryClient: a 401 anywhere sends the manager back to sign in.
export const queryClient = createQueryClient(() => tokenStore.expire());
