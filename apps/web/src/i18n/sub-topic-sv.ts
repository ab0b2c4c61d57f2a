/** Swedish texts for an item's sub-topic (delområde); part of the Swedish catalog (sv.ts). */
export const subTopicSv = {
  subTopic: {
    label: 'Delområde',
    none: 'Inget delområde',
  },
} as const;
