import { graphql } from '../../gql';

/** An agency's goals in a plan, and what their follow-up for the year still lacks (the API's followUpDue rule). */
export const GOALS_PAGE = graphql(`
  query GoalsPage($planId: ID!, $agencyId: ID!, $year: Int!) {
    plan(id: $planId) {
      id
      title
      agencies {
        agency {
          id
          code
          nameSv
          nameEn
        }
      }
    }
    goals(planId: $planId, agencyId: $agencyId, first: 100) {
      totalCount
      nodes {
        id
        title
        scope
        developmentArea {
          id
          number
          title
        }
        indicators {
          id
        }
        assessments {
          id
          year
          outcome
        }
      }
    }
    followUpDue(planId: $planId, agencyId: $agencyId, year: $year, first: 100) {
      totalCount
      nodes {
        year
        assessmentMissing
        goal {
          id
          title
        }
        indicatorsWithoutMeasurement {
          id
          name
        }
      }
    }
  }
`);

export const GOAL_PAGE = graphql(`
  query GoalPage($goalId: ID!, $year: Int!) {
    goal(id: $goalId) {
      id
      planId
      title
      statement
      scope
      firstYear
      agency {
        id
        code
        nameSv
        nameEn
      }
      developmentArea {
        id
        number
        title
      }
      perspectives {
        id
        title
      }
      indicators {
        id
        name
        unit
        direction
        baselineValue
        baselineYear
        targetValue
        targetYear
        sourceKind
        sourceDescription
        series {
          year
          value
          numerator
          denominator
        }
        history {
          id
          year
          measuredOn
          value
          numerator
          denominator
          note
          supersedesId
          supersededById
          correctionReason
          createdAt
        }
      }
      assessments {
        id
        year
        outcome
        justification
        assessedAt
      }
      followUp(year: $year) {
        assessmentMissing
        indicatorsWithoutMeasurement {
          id
          name
        }
      }
    }
  }
`);

export const RECORD_MEASUREMENT = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
    }
  }
`);

export const CORRECT_MEASUREMENT = graphql(`
  mutation CorrectMeasurement($input: CorrectMeasurementInput!) {
    correctMeasurement(input: $input) {
      id
    }
  }
`);

export const ASSESS_GOAL = graphql(`
  mutation AssessGoal($input: AssessGoalInput!) {
    assessGoal(input: $input) {
      id
      year
      outcome
      justification
    }
  }
`);
