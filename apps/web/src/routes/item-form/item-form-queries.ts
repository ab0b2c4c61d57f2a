import { graphql } from '../../gql';

/** What the item form offers: the plan's groups (with who may own an item), areas, agencies and perspectives. */
export const ITEM_FORM_CHOICES = graphql(`
  fragment ItemFormChoices on Plan {
    id
    title
    periodStart
    periodEnd
    groups {
      id
      name
      number
      kind
      memberships {
        id
        role
        user {
          id
          displayName
        }
      }
    }
    ...PlanVocabulary
  }
`);

export const NEW_ITEM_QUERY = graphql(`
  query NewItem($planId: ID!, $parentId: ID!, $hasParent: Boolean!) {
    plan(id: $planId) {
      ...ItemFormChoices
    }
    actionItem(id: $parentId) @include(if: $hasParent) {
      id
      title
      groupId
      developmentAreaId
      leadAgencyId
      depth
    }
  }
`);

export const CREATE_ITEM = graphql(`
  mutation CreateItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      id
      title
    }
  }
`);
