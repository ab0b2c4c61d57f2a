import { TestApi, onlyError, snapshotTables } from '@samverkan/testing';
import { Person, SeededPlan, createItem, ok, startPlanApi } from './plan-fixture';

const RECORD = 'mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }';
const UPDATE = 'mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id notes } }';
const MEETING = `query ($id: ID!) { meeting(id: $id) {
  heldOn title notes group { number } recordedBy { email } attendees { email }
  discussedItems { title } decisions { position text followUpItem { title status group { number } } }
} }`;

describe('meetings', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let itemId: string;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    itemId = (await createItem(api, plan, { title: 'Handledning' })).id;
  });
  afterAll(() => api.close());

  const meetingInput = (overrides: Record<string, unknown> = {}) => ({
    groupId: plan.group[3],
    heldOn: '2020-09-10',
    title: 'Arbetsgrupp 3, september',
    notes: 'Genomgång av handledningen',
    attendeeIds: [plan.user.coordinator3, plan.user.member3],
    discussedItemIds: [itemId],
    decisions: [{ text: 'Fortsätt enligt plan' }],
    ...overrides,
  });
  const followUp = (overrides: Record<string, unknown> = {}) => ({
    groupId: plan.group[3],
    developmentAreaId: plan.area[4],
    title: 'Uppföljning av handledning',
    leadAgencyId: plan.agency.FK,
    ownerId: plan.user.member3,
    dueDate: '2020-12-31',
    ...overrides,
  });
  const record = (input: Record<string, unknown>, as: Person) => api.gql<{ recordMeeting: { id: string } }>(RECORD, { input }, plan.token[as]);

  it('records a working-group meeting with attendees, discussed items and decisions, one creating a follow-up item', async () => {
    const decisions = [{ text: 'Fortsätt enligt plan' }, { text: 'Följ upp i december', followUp: followUp() }];
    const { recordMeeting } = ok(await record(meetingInput({ decisions }), 'coordinator3'));
    const { meeting } = ok(await api.gql<{ meeting: Record<string, unknown> }>(MEETING, { id: recordMeeting.id }, plan.token.observer));
    expect(meeting).toEqual({
      heldOn: '2020-09-10',
      title: 'Arbetsgrupp 3, september',
      notes: 'Genomgång av handledningen',
      group: { number: 3 },
      recordedBy: { email: 'samordnare.ag3@samverkan.example' },
      attendees: expect.arrayContaining([{ email: 'samordnare.ag3@samverkan.example' }, { email: 'medlem.ag3@samverkan.example' }]),
      discussedItems: [{ title: 'Handledning' }],
      decisions: [
        { position: 1, text: 'Fortsätt enligt plan', followUpItem: null },
        { position: 2, text: 'Följ upp i december', followUpItem: { title: 'Uppföljning av handledning', status: 'PLANNED', group: { number: 3 } } },
      ],
    });
    const { actionItems } = ok(await api.gql<{ actionItems: { nodes: { title: string; meetings: { title: string }[] }[] } }>('{ actionItems(sort: TITLE) { nodes { title meetings { title } } } }', {}, plan.token.member3));
    expect(actionItems.nodes).toEqual([
      { title: 'Handledning', meetings: [{ title: 'Arbetsgrupp 3, september' }] },
      { title: 'Uppföljning av handledning', meetings: [{ title: 'Arbetsgrupp 3, september' }] },
    ]);
  });

  it('lets any member of the group record its meetings, the steering group included', async () => {
    expect((await record(meetingInput({ decisions: [] }), 'member3')).errors).toBeUndefined();
    const steering = await record(meetingInput({ groupId: plan.group[0], title: 'Styrgruppen', discussedItemIds: [], attendeeIds: [plan.user.steering] }), 'steering');
    expect(steering.errors).toBeUndefined();
  });

  it.each([
    ['a member who is not in the group', 'member1', () => meetingInput()],
    ['the observer', 'observer', () => meetingInput()],
    ['a member creating a follow-up item, which is the coordinator’s', 'member3', () => meetingInput({ decisions: [{ text: 'Ny åtgärd', followUp: followUp() }] })],
    ['a steering member creating a follow-up item in a working group', 'steering', () => meetingInput({ groupId: plan.group[0], decisions: [{ text: 'Ny åtgärd', followUp: followUp() }] })],
  ] as [string, Person, () => Record<string, unknown>][])('refuses %s, writing nothing', async (_who, as, input) => {
    const before = await snapshotTables(api.dataSource);
    expect(onlyError(await record(input(), as)).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it.each([
    ['a date outside the plan period', () => meetingInput({ heldOn: '2022-01-10' }), 'input.heldOn'],
    ['an attendee who does not exist', () => meetingInput({ attendeeIds: ['00000000-0000-4000-8000-000000000000'] }), 'input.attendeeIds'],
    ['a discussed item that does not exist', () => meetingInput({ discussedItemIds: ['00000000-0000-4000-8000-000000000000'] }), 'input.discussedItemIds'],
    ['a follow-up due before it starts', () => meetingInput({ decisions: [{ text: 'Ok' }, { text: 'Ny', followUp: followUp({ startDate: '2020-10-01', dueDate: '2020-09-01' }) }] }), 'input.decisions.1.followUp.dueDate'],
    ['a follow-up with a perspective that does not exist', () => meetingInput({ decisions: [{ text: 'Ny', followUp: followUp({ perspectiveIds: ['00000000-0000-4000-8000-000000000000'] }) }] }), 'input.decisions.0.followUp.perspectiveIds'],
    ['a follow-up with an empty title', () => meetingInput({ decisions: [{ text: 'Ny', followUp: followUp({ title: '' }) }] }), 'input.decisions.0.followUp.title'],
  ] as [string, () => Record<string, unknown>, string][])('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, input, field) => {
    const before = await snapshotTables(api.dataSource);
    expect(onlyError(await record(input(), 'coordinator3')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('updates the notes and adds decisions after the existing ones', async () => {
    const { recordMeeting } = ok(await record(meetingInput(), 'coordinator3'));
    const updated = ok(await api.gql<{ updateMeeting: { notes: string } }>(UPDATE, { input: { id: recordMeeting.id, notes: 'Justerat protokoll', addDecisions: [{ text: 'Nästa möte i oktober' }] } }, plan.token.member3));
    expect(updated.updateMeeting.notes).toBe('Justerat protokoll');
    const { meeting } = ok(await api.gql<{ meeting: { decisions: { position: number; text: string }[]; discussedItems: unknown[] } }>(MEETING, { id: recordMeeting.id }, plan.token.member3));
    expect(meeting.decisions.map((d) => [d.position, d.text])).toEqual([
      [1, 'Fortsätt enligt plan'],
      [2, 'Nästa möte i oktober'],
    ]);
    expect(meeting.discussedItems).toHaveLength(1);
  });

  it('lists a group’s meetings newest first, a page at a time', async () => {
    for (const heldOn of ['2021-01-15', '2021-02-15']) ok(await record(meetingInput({ heldOn, decisions: [] }), 'coordinator3'));
    const page = async (after: string | null) =>
      ok(
        await api.gql<{ meetings: { totalCount: number; nodes: { heldOn: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
          'query ($g: ID, $after: String) { meetings(groupId: $g, first: 2, after: $after) { totalCount nodes { heldOn } pageInfo { hasNextPage endCursor } } }',
          { g: plan.group[3], after },
          plan.token.observer,
        ),
      ).meetings;
    const first = await page(null);
    expect(first.nodes.map((n) => n.heldOn)).toEqual(['2021-02-15', '2021-01-15']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.nodes.every((n) => n.heldOn <= '2021-01-15')).toBe(true);
    expect(first.totalCount).toBe(second.totalCount);
  });
});
