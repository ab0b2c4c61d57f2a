import { describe, expect, it } from 'vitest';
import { emptyDecision, meetingInput } from './meeting-form';

describe('the meeting form', () => {
  const defaults = { groupId: 'wg2', leadAgencyId: 'agency-coordinating' };

  it('sends a follow-up item only for a decision that asks for one, in the meeting’s group', () => {
    const plain = { ...emptyDecision(), text: ' Informera styrgruppen ' };
    const withFollowUp = {
      ...emptyDecision(),
      text: 'Ta fram en vägledning',
      followUp: true,
      followUpTitle: ' Vägledning för handläggare ',
      ownerId: 'u1',
      developmentAreaId: 'd1',
    };
    const input = meetingInput({ groupId: 'wg2', title: ' Möte ', heldOn: '2020-05-04', notes: '', attendeeIds: ['u1'], decisions: [plain, withFollowUp] }, defaults);
    expect(input.title).toBe('Möte');
    expect(input.decisions).toEqual([
      { text: 'Informera styrgruppen' },
      {
        text: 'Ta fram en vägledning',
        followUp: { title: 'Vägledning för handläggare', groupId: 'wg2', ownerId: 'u1', developmentAreaId: 'd1', leadAgencyId: 'agency-coordinating' },
      },
    ]);
  });

  it('keeps a chosen lead agency and due date', () => {
    const decision = { ...emptyDecision(), text: 'x', followUp: true, followUpTitle: 'y', leadAgencyId: 'a9', dueDate: '2020-12-31' };
    const sent = meetingInput({ groupId: 'wg2', title: 't', heldOn: '2020-01-01', notes: '', attendeeIds: [], decisions: [decision] }, defaults).decisions?.[0];
    expect(sent?.followUp).toMatchObject({ leadAgencyId: 'a9', dueDate: '2020-12-31' });
  });

  it('gives each new decision its own key', () => {
    expect(emptyDecision().key).not.toBe(emptyDecision().key);
  });
});
