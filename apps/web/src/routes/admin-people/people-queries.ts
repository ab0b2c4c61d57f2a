import { graphql } from '../../gql';

export const PEOPLE = graphql(`
  query AdminPeoplePage($search: String, $after: String) {
    users(search: $search, after: $after, first: 25) {
      totalCount
      nodes {
        id
        displayName
        email
        active
        roles
        agency {
          id
          code
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the person form chooses from: the agencies. */
export const AGENCY_CHOICES = graphql(`
  query AdminAgencyChoices {
    agencies(first: 100) {
      ...AgencyChoice
    }
  }
`);

export const CREATE_PERSON = graphql(`
  mutation AdminCreatePerson($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const PERSON = graphql(`
  query AdminPersonPage($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
      title
      active
      roles
      agencyId
      memberships {
        id
        role
        group {
          id
          name
          number
          kind
          plan {
            id
            title
          }
        }
      }
    }
    groups {
      id
      name
      number
      kind
      plan {
        id
        title
      }
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation AdminUpdatePerson($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      displayName
      title
      roles
      active
    }
  }
`);

export const SEND_PASSWORD_LINK = graphql(`
  mutation AdminSendPasswordLink($userId: ID!) {
    sendPasswordResetLink(userId: $userId) {
      email
      expiresAt
    }
  }
`);

export const ADD_MEMBERSHIP = graphql(`
  mutation AdminAddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
    }
  }
`);

export const REMOVE_MEMBERSHIP = graphql(`
  mutation AdminRemoveMembership($id: ID!) {
    removeMembership(id: $id) {
      id
    }
  }
`);
