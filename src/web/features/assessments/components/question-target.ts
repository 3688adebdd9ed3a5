/** The DOM id of a question's first control: the error summary links there. */
export const questionTarget = (key: string): string => `q-${key}`;
