import { useApolloClient, useMutation } from '@apollo/client/react';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
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
    return { me: data.me, plans: data.plans, unreadCount: data.notifications.totalCount, reviewCount: data.reviewInbox.length, plan };
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

/** The frame of the pages open without signing in (sign-in, the password link, the accessibility statement): the name and the language switch. */
export function SignedOutShell({ children }: { children: ReactNode }) {
  return (
    <Shell
      header={
        <div className="site-header__bar">
          <SiteTitle />
          <div className="site-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      }
    >
      {children}
    </Shell>
  );
}

function SiteTitle() {
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
  const entries = navigationFor(session.me, session.plan?.id, session.reviewCount);
  const [setMyLanguage] = useMutation(SET_MY_LANGUAGE);
  return (
    <>
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
                {entry.count !== undefined && entry.count > 0 && (
                  <span className="count-badge">
                    {entry.count}
                    <span className="visually-hidden"> {t(entry.countLabel!, { count: entry.count })}</span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
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

/**
 * The person's menu as a disclosure (a button that shows a short list of
 * links), the public sector's header pattern: Escape and a click elsewhere close it.
 */
function PersonMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signOut] = useMutation(SIGN_OUT);
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => container.current?.contains(event.target as Node) || setOpen(false);
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const leave = async () => {
    await signOut().catch(() => undefined);
    await client.clearStore();
    navigate('/logga-in?utloggad=1');
  };
  return (
    <div
      className="person-menu"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="person-menu-list"
        aria-label={t('frame.personMenu', { name: me.displayName })}
        onClick={() => setOpen(!open)}
      >
        {me.displayName} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <ul id="person-menu-list" className="menu" hidden={!open}>
        <li>
          <NavLink className="menu__item" to="/installningar">
            {t('frame.settings')}
          </NavLink>
        </li>
        <li>
          <button type="button" className="menu__item link-button" onClick={() => void leave()}>
            {t('frame.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
