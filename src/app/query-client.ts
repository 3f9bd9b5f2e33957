import { forgetEarlyRequests } from '@/lib/early-requests';
import { createQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';

// The app's one QueryClient: a 401 anywhere sends the manager back to sign in.
export const queryClient = createQueryClient(() => tokenStore.expire());

// Whenever the token changes (sign-out here or in another tab, expiry, a new sign-in), nothing
// fetched with the old one may show, or stay in memory, under the new one.
let signedInWith = tokenStore.token();
tokenStore.subscribe(() => {
  const token = tokenStore.token();
  if (token === signedInWith) return;
  signedInWith = token;
  queryClient.clear();
  forgetEarlyRequests();
});
