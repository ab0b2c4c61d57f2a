import { graphql } from '../../gql';

export const GROUPS = graphql(`
  query AdminGroupsPage {
    groups {
      id
      name
      number
      kind
      plan {
        id
        title
      }
      coordinatingAgency {
        id
        code
      }
      supports {
        agencyId
        agency {
          id
          code
        }
      }
    }
  }
`);

/** Agencies and plans, for the choices in the group and plan forms. */
export const ORGANISATION_CHOICES = graphql(`
  query AdminOrganisationChoices {
    agencies(first: 100) {
      ...AgencyChoice
    }
    plans {
      id
      title
    }
  }
`);

export const GROUP = graphql(`
  query AdminGroupPage($id: ID!) {
    group(id: $id) {
      id
      name
      focus
      number
      kind
      coordinatingAgencyId
      plan {
        id
        title
      }
      supports {
        agencyId
        contribution
        agency {
          ...AgencyChoice
        }
      }
    }
    agencies(first: 100) {
      ...AgencyChoice
    }
  }
`);

export const CREATE_GROUP = graphql(`
  mutation AdminCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`);

export const UPDATE_GROUP = graphql(`
  mutation AdminUpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      name
      focus
      coordinatingAgencyId
    }
  }
`);

export const REMOVE_GROUP_SUPPORT = graphql(`
  mutation AdminRemoveGroupSupport($input: GroupSupportKeyInput!) {
    removeGroupSupport(input: $input) {
      groupId
      agencyId
    }
  }
`);

export const SET_GROUP_SUPPORT = graphql(`
  mutation AdminSetGroupSupport($input: SetGroupSupportInput!) {
    setGroupSupport(input: $input) {
      groupId
      agencyId
    }
  }
`);

export const PLANS = graphql(`
  query AdminPlansPage {
    plans {
      id
      key
      title
      periodStart
      periodEnd
      agencies {
        agencyId
        role
        agency {
          id
          code
        }
      }
    }
  }
`);

export const PLAN = graphql(`
  query AdminPlanPage($id: ID!) {
    plan(id: $id) {
      id
      key
      title
      mandate
      periodStart
      periodEnd
      agencies {
        agencyId
        role
        responsibility
        agency {
          ...AgencyChoice
        }
      }
    }
    agencies(first: 100) {
      ...AgencyChoice
    }
  }
`);

export const CREATE_PLAN = graphql(`
  mutation AdminCreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
    }
  }
`);

export const UPDATE_PLAN = graphql(`
  mutation AdminUpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      id
      title
      mandate
      periodStart
      periodEnd
    }
  }
`);

export const REMOVE_PLAN_AGENCY = graphql(`
  mutation AdminRemovePlanAgency($input: PlanAgencyKeyInput!) {
    removePlanAgency(input: $input) {
      planId
      agencyId
    }
  }
`);

export const SET_PLAN_AGENCY = graphql(`
  mutation AdminSetPlanAgency($input: SetPlanAgencyInput!) {
    setPlanAgency(input: $input) {
      planId
      agencyId
    }
  }
`);

export const AGENCIES = graphql(`
  query AdminAgenciesPage {
    agencies(first: 100) {
      id
      code
      nameSv
      nameEn
      contactEmail
    }
  }
`);

export const AGENCY = graphql(`
  query AdminAgencyPage($id: ID!) {
    agency(id: $id) {
      id
      code
      nameSv
      nameEn
      contactEmail
    }
  }
`);

export const CREATE_AGENCY = graphql(`
  mutation AdminCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
    }
  }
`);

export const UPDATE_AGENCY = graphql(`
  mutation AdminUpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      id
      nameSv
      nameEn
      contactEmail
    }
  }
`);

export const PLAN_STRUCTURE = graphql(`
  query AdminPlanStructure {
    plans {
      id
      title
      developmentAreas {
        id
        number
        title
        subTopics {
          id
          title
        }
      }
      perspectives {
        id
        code
        title
        description
      }
    }
  }
`);

export const CREATE_DEVELOPMENT_AREA = graphql(`
  mutation AdminCreateDevelopmentArea($input: CreateDevelopmentAreaInput!) {
    createDevelopmentArea(input: $input) {
      id
    }
  }
`);

export const UPDATE_DEVELOPMENT_AREA = graphql(`
  mutation AdminUpdateDevelopmentArea($input: UpdateDevelopmentAreaInput!) {
    updateDevelopmentArea(input: $input) {
      id
      title
      subTopics {
        id
        title
      }
    }
  }
`);

export const CREATE_PERSPECTIVE = graphql(`
  mutation AdminCreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);

export const UPDATE_PERSPECTIVE = graphql(`
  mutation AdminUpdatePerspective($input: UpdatePerspectiveInput!) {
    updatePerspective(input: $input) {
      id
      title
      description
    }
  }
`);
