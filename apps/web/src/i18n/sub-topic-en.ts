/** English texts for an item's sub-topic; part of the English catalog (en.ts). */
export const subTopicEn = {
  subTopic: {
    label: 'Sub-topic',
    none: 'No sub-topic',
  },
} as const;
