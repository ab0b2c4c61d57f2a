import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo';
import { signInPath } from './app/return-path';
import { routes } from './app/router';
import { createI18n } from './i18n/i18n';
import './styles/main.css';

const i18n = createI18n();
const router = createBrowserRouter(routes);
const client = createApolloClient(() => {
  const { pathname, search } = router.state.location;
  if (pathname !== '/logga-in') void router.navigate(signInPath(`${pathname}${search}`, true), { replace: true });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
