import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, RouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useHref, useLocation, useNavigate, useParams } from 'react-router';
import { Loading, LoadError } from '../components/messages';
import { LanguageSwitch } from '../components/language-switch';
import { Shell } from '../components/shell';
import { isUnauthenticated } from '../errors/api-errors';
import { graphql } from '../gql';
import { i18nextCode, languageOf, storeLanguage } from '../i18n/language';
import { navigationFor } from './navigation';
import { choosePlan, rememberPlanId, rememberedPlanId } from './plan-choice';
import { signInPath } from './return-path';
import { type Me, type PlanSummary, type Session, SessionProvider, useFrameQuery } from './session';

const SET_MY_LANGUAGE = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The signed-in frame: header, navigation and the page. Signed out, it sends the person to sign-in and back. */
export function Frame() {
  const { i18n } = useTranslation();
  const { data, error } = useFrameQuery();
  const location = useLocation();
  const { planId } = useParams();
  const here = `${location.pathname}${location.search}`;

  const session = useMemo<Session | null>(() => {
    if (!data) return null;
    const plan = planId ? data.plans.find((candidate) => candidate.id === planId) : choosePlan(data.plans, rememberedPlanId());
    return { me: data.me, plans: data.plans, unreadCount: data.notifications.totalCount, plan };
  }, [data, planId]);

  useEffect(() => {
    if (session?.plan) rememberPlanId(session.plan.id);
  }, [session?.plan]);

  // Signed in, the person's remembered language wins (set in the header or in settings).
  const language = data?.me.language;
  useEffect(() => {
    if (!language || languageOf(i18n.language) === language) return;
    storeLanguage(language);
    void i18n.changeLanguage(i18nextCode(language));
  }, [language, i18n]);

  if (error && isUnauthenticated(error)) return <Navigate to={signInPath(here)} replace />;
  if (!session) return <Shell header={<SiteTitle />}>{error ? <LoadError error={error} /> : <Loading />}</Shell>;
  return (
    <SessionProvider value={session}>
      <Shell header={<SignedInHeader session={session} />}>
        <Outlet />
      </Shell>
    </SessionProvider>
  );
}

export function SiteTitle() {
  const { t } = useTranslation();
  return (
    <div className="site-header__title">
      <NavLink to="/" className="site-header__name">
        {t('app.name')}
      </NavLink>
      <span className="site-header__tagline">{t('app.tagline')}</span>
    </div>
  );
}

function SignedInHeader({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const entries = navigationFor(session.me, session.plan?.id);
  const [setMyLanguage] = useMutation(SET_MY_LANGUAGE);
  return (
    <RouterProvider navigate={(path) => navigate(path)} useHref={useHref}>
      <div className="site-header__bar">
        <SiteTitle />
        <div className="site-header__tools">
          <PlanChooser plans={session.plans} current={session.plan} />
          <LanguageSwitch onChosen={(language) => void setMyLanguage({ variables: { language } })} />
          <NavLink to="/aviseringar" className="header-link">
            {t('frame.notifications')}
            {session.unreadCount > 0 && (
              <span className="count-badge">
                {session.unreadCount}
                <span className="visually-hidden"> {t('frame.notificationsUnread', { count: session.unreadCount })}</span>
              </span>
            )}
          </NavLink>
          <PersonMenu me={session.me} />
        </div>
      </div>
      <nav className="site-nav" aria-label={t('frame.mainNavigation')}>
        <ul>
          {entries.map((entry) => (
            <li key={entry.to}>
              <NavLink to={entry.to} end={entry.end}>
                {t(entry.label, entry.labelValues)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </RouterProvider>
  );
}

/** Switching plans keeps the kind of page (tree, timeline, overview …) when the address names a plan. */
function PlanChooser({ plans, current }: { plans: readonly PlanSummary[]; current: PlanSummary | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const choose = (planId: string) => {
    rememberPlanId(planId);
    const match = /^\/plan\/[^/]+\/([^/]+)/.exec(location.pathname);
    const page = match && match[1] !== 'atgarder' ? match[1] : 'handlingsplan';
    navigate(`/plan/${planId}/${page}`);
  };
  return (
    <div className="plan-chooser">
      <label htmlFor="plan-chooser">{t('frame.plan')}</label>
      <select id="plan-chooser" value={current?.id ?? ''} onChange={(event) => choose(event.target.value)}>
        {plans.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function PersonMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signOut] = useMutation(SIGN_OUT);
  const leave = async () => {
    await signOut().catch(() => undefined);
    await client.clearStore();
    navigate('/logga-in?utloggad=1');
  };
  return (
    <MenuTrigger>
      <Button className="menu-button" aria-label={t('frame.personMenu', { name: me.displayName })}>
        {me.displayName} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="menu-popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => key === 'sign-out' && void leave()}>
          <MenuItem className="menu__item" id="settings" href="/installningar">
            {t('frame.settings')}
          </MenuItem>
          <MenuItem className="menu__item" id="sign-out">
            {t('frame.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
