import { graphql } from '../../gql';

/** Everything the item's page shows, in one request. */
export const ITEM_QUERY = graphql(`
  query Item($id: ID!) {
    actionItem(id: $id) {
      id
      title
      description
      status
      health
      healthSince
      progress
      startDate
      dueDate
      overdue
      stale
      depth
      weight
      planId
      groupId
      lastCheckInAt
      group {
        id
        number
        name
      }
      developmentArea {
        id
        number
        title
      }
      subTopic {
        id
        title
      }
      leadAgency {
        id
        code
        nameSv
        nameEn
      }
      participatingAgencies {
        id
        code
        nameSv
        nameEn
      }
      owner {
        id
        displayName
      }
      perspectives {
        id
        title
      }
      links {
        title
        url
      }
      parent {
        id
        title
      }
      subItems {
        ...TreeItem
      }
      checkIns(first: 50) {
        totalCount
        nodes {
          id
          narrative
          postedAt
          progress
          health
          status
          evidenceLinks {
            title
            url
          }
          author {
            id
            displayName
          }
        }
      }
      comments(first: 50) {
        totalCount
        nodes {
          id
          text
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const POST_CHECK_IN = graphql(`
  mutation PostCheckIn($input: PostCheckInInput!) {
    postCheckIn(input: $input) {
      id
    }
  }
`);

export const COMMENT = graphql(`
  mutation CommentOnItem($input: CommentOnActionItemInput!) {
    commentOnActionItem(input: $input) {
      id
    }
  }
`);

export const UPDATE_ITEM = graphql(`
  mutation UpdateItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      id
      status
      parentId
    }
  }
`);

/** Loaded when the person opens the history: who may read it is the API's call. */
export const ITEM_HISTORY = graphql(`
  query ItemHistory($id: ID!) {
    actionItem(id: $id) {
      id
      history(first: 50) {
        totalCount
        nodes {
          id
          action
          occurredAt
          outcome
        }
      }
    }
  }
`);

/** Loaded when the coordinator edits: the plan's choices for the form. */
export const EDIT_CHOICES = graphql(`
  query EditItemChoices($planId: ID!) {
    plan(id: $planId) {
      ...ItemFormChoices
    }
  }
`);

/** Loaded when the coordinator moves the item: where it can go in its group. */
export const MOVE_TARGETS = graphql(`
  query MoveTargets($planId: ID!, $groupId: ID!) {
    actionItems(planId: $planId, groupId: $groupId, first: 100, sort: TITLE) {
      nodes {
        id
        title
        depth
      }
    }
  }
`);
