import { TestApi } from '@samverkan/testing';
import { TestBrowser, launchBrowser } from './browser';
import { WebStack, startWebStack } from './web-stack';

/** What the demo work created, for the pages that show it. */
export interface DemoWork {
  planId: string;
  groupIds: Record<1 | 2 | 3, string>;
  /** An item at risk with a sub-item and check-ins. */
  itemId: string;
}

interface PlanShape {
  groups: { id: string; number: number; kind: string }[];
  developmentAreas: { id: string; number: number }[];
  perspectives: { id: string }[];
  agencies: { agency: { id: string; code: string } }[];
}

const COORDINATORS = { 1: 'samordnare.ag1@samverkan.example', 2: 'samordnare.ag2@samverkan.example', 3: 'samordnare.ag3@samverkan.example' } as const;
const MEMBERS = { 1: 'medlem.ag1.fk@samverkan.example', 2: 'medlem.ag2.fk@samverkan.example', 3: 'medlem.ag3@samverkan.example' } as const;
const LEAD_AGENCY = { 1: 'SOS', 2: 'MV', 3: 'FK' } as const;

type Item = { title: string; area: number; start: string; due: string; status: string; health?: string; progress?: number; children?: Omit<Item, 'children'>[] };

/** Each working group's items: titles, dates and states like the plan's own. */
const ITEMS: Record<1 | 2 | 3, Item[]> = {
  1: [
    {
      title: 'Gemensam rutin för att fråga om våld',
      area: 1,
      start: '2019-03-01',
      due: '2020-06-30',
      status: 'DONE',
      progress: 100,
      children: [{ title: 'Pröva rutinen på tre kontor', area: 1, start: '2019-09-01', due: '2020-03-31', status: 'DONE', progress: 100 }],
    },
    { title: 'Metodstöd för samtal med barn', area: 1, start: '2020-01-15', due: '2021-09-30', status: 'IN_PROGRESS', health: 'ON_TRACK', progress: 60 },
    { title: 'Hänvisning till socialtjänsten', area: 3, start: '2020-05-01', due: '2021-12-15', status: 'BLOCKED', health: 'OFF_TRACK', progress: 20 },
  ],
  2: [
    {
      title: 'Informationsmaterial om ekonomiskt våld',
      area: 2,
      start: '2020-02-01',
      due: '2021-11-30',
      status: 'IN_PROGRESS',
      health: 'AT_RISK',
      progress: 40,
      children: [
        { title: 'Text och bild till broschyren', area: 2, start: '2020-02-01', due: '2021-04-30', status: 'DONE', progress: 100 },
        { title: 'Översättning till fem språk', area: 2, start: '2021-05-01', due: '2021-11-30', status: 'IN_PROGRESS', health: 'AT_RISK', progress: 20 },
      ],
    },
    { title: 'Webbsida om stöd och skydd', area: 2, start: '2019-06-01', due: '2020-12-31', status: 'DONE', progress: 100 },
    { title: 'Kampanj i sociala medier', area: 2, start: '2021-03-01', due: '2021-12-31', status: 'PLANNED' },
  ],
  3: [
    { title: 'Utbildning för handläggare', area: 4, start: '2019-09-01', due: '2021-06-30', status: 'IN_PROGRESS', health: 'ON_TRACK', progress: 75 },
    { title: 'Stöd efter svåra samtal', area: 4, start: '2020-09-01', due: '2021-10-31', status: 'IN_PROGRESS', health: 'AT_RISK', progress: 35 },
  ],
};

/** Adds demo work through GraphQL as the coordinators and members would: items with sub-items, check-ins and a meeting. */
export async function addDemoWork(api: TestApi): Promise<DemoWork> {
  const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await api.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const admin = await api.login('admin@samverkan.example');
  const { plans } = await call<{ plans: { id: string }[] }>(admin, '{ plans { id } }');
  const planId = plans[0]!.id;
  const { plan } = await call<{ plan: PlanShape }>(
    admin,
    'query ($id: ID!) { plan(id: $id) { groups { id number kind } developmentAreas { id number } perspectives { id } agencies { agency { id code } } } }',
    { id: planId },
  );
  const groupIds = Object.fromEntries(
    plan.groups.filter((group) => group.kind === 'WORKING').map((group) => [group.number, group.id]),
  ) as DemoWork['groupIds'];
  const areaId = (number: number) => plan.developmentAreas.find((area) => area.number === number)!.id;
  const agencyId = (code: string) => plan.agencies.find(({ agency }) => agency.code === code)!.agency.id;
  let itemId = '';

  for (const number of [1, 2, 3] as const) {
    const coordinator = await api.login(COORDINATORS[number]);
    const member = await api.login(MEMBERS[number]);
    const { me } = await call<{ me: { id: string } }>(member, '{ me { id } }');
    const create = async (item: Item, parentId: string | null, index: number): Promise<string> => {
      const { createActionItem } = await call<{ createActionItem: { id: string } }>(
        coordinator,
        'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }',
        {
          input: {
            title: item.title,
            groupId: groupIds[number],
            parentId,
            developmentAreaId: areaId(item.area),
            leadAgencyId: agencyId(LEAD_AGENCY[number]),
            ownerId: me.id,
            startDate: item.start,
            dueDate: item.due,
            status: item.children ? 'IN_PROGRESS' : item.status,
            perspectiveIds: [plan.perspectives[index % plan.perspectives.length]!.id],
            ...(item.children || item.progress === undefined ? {} : { progress: item.progress }),
          },
        },
      );
      const id = createActionItem.id;
      for (const [childIndex, child] of (item.children ?? []).entries()) await create(child, id, index + childIndex + 1);
      if (item.health && item.health !== 'ON_TRACK') {
        await call(member, 'mutation ($input: PostCheckInInput!) { postCheckIn(input: $input) { id } }', {
          input: { itemId: id, narrative: 'Arbetet har försenats. Vi behöver mer tid för granskningen.', health: item.health },
        });
      }
      return id;
    };
    for (const [index, item] of ITEMS[number].entries()) {
      const id = await create(item, null, index);
      if (number === 2 && index === 0) itemId = id;
    }
  }
  return { planId, groupIds, itemId };
}

/** The journeys' stack with the demo work added, and a browser on it. */
export interface DemoStack {
  stack: WebStack;
  demo: DemoWork;
  browser: TestBrowser;
  close(): Promise<void>;
}

export async function startDemoStack(): Promise<DemoStack> {
  const stack = await startWebStack();
  try {
    const demo = await addDemoWork(stack.api);
    const browser = await launchBrowser(stack.origin);
    return {
      stack,
      demo,
      browser,
      async close() {
        await browser.close();
        await stack.close();
      },
    };
  } catch (error) {
    await stack.close();
    throw error;
  }
}
