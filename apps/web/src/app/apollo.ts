import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from '../errors/api-errors';

/**
 * One client for the whole workspace. The session is the HttpOnly cookie the
 * api sets at sign-in (`credentials: 'same-origin'`); every request is a JSON
 * POST, which Apollo's CSRF prevention on the api takes as non-simple.
 * When the api says the session is gone, `onUnauthenticated` takes the
 * person to sign-in (the router sets it, so this module needs no router).
 */
export function createApolloClient(onUnauthenticated: () => void): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'content-type': 'application/json' } });
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== 'SignIn' && isUnauthenticated(error)) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, http]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
