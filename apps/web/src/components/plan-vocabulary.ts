import { graphql } from '../gql';

/** The plan's own words that filters, forms and tables choose from: its development areas (with their sub-topics), perspectives and agencies. */
export const PLAN_VOCABULARY = graphql(`
  fragment PlanVocabulary on Plan {
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
      title
    }
    agencies {
      agency {
        id
        code
        nameSv
        nameEn
      }
    }
  }
`);
