import { graphql } from '../../gql';

/** What a row of the tree (and the timeline) shows. */
export const TREE_ITEM = graphql(`
  fragment TreeItem on ActionItem {
    id
    title
    status
    health
    progress
    startDate
    dueDate
    overdue
    stale
    depth
    parent {
      id
      title
    }
    owner {
      id
      displayName
    }
    leadAgency {
      id
      code
      nameSv
      nameEn
    }
    group {
      id
      number
    }
    subItems {
      id
    }
  }
`);

/** The plan's choices for the filters and one page of matching items: the page's one request. */
export const ACTION_PLAN_QUERY = graphql(`
  query ActionPlan(
    $planId: ID!
    $first: Int!
    $after: String
    $sort: ActionItemSort!
    $topLevelOnly: Boolean
    $groupId: ID
    $developmentAreaId: ID
    $subTopicId: ID
    $agencyId: ID
    $leadAgencyId: ID
    $participatingAgencyId: ID
    $perspectiveId: ID
    $status: [ActionItemStatus!]
    $health: [ActionItemHealth!]
    $overdue: Boolean
    $stale: Boolean
    $text: String
  ) {
    plan(id: $planId) {
      id
      title
      periodStart
      periodEnd
      groups {
        id
        name
        number
        kind
      }
      ...PlanVocabulary
    }
    actionItems(
      planId: $planId
      first: $first
      after: $after
      sort: $sort
      topLevelOnly: $topLevelOnly
      groupId: $groupId
      developmentAreaId: $developmentAreaId
      subTopicId: $subTopicId
      agencyId: $agencyId
      leadAgencyId: $leadAgencyId
      participatingAgencyId: $participatingAgencyId
      perspectiveId: $perspectiveId
      status: $status
      health: $health
      overdue: $overdue
      stale: $stale
      text: $text
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TreeItem
      }
    }
  }
`);

/** The direct sub-items of an expanded row (at most 100; the API bounds how many an item has). */
export const SUB_ITEMS_QUERY = graphql(`
  query SubItems($parentId: ID!, $sort: ActionItemSort!) {
    actionItems(parentId: $parentId, first: 100, sort: $sort) {
      nodes {
        ...TreeItem
      }
    }
  }
`);
