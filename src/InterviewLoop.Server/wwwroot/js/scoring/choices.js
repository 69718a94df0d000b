// The choices of the scorecard's overall section, as wire value and label.
export const RECOMMENDATIONS = [
  ['strong_no', 'Strong no'], ['no', 'No'], ['mixed', 'Mixed'], ['yes', 'Yes'], ['strong_yes', 'Strong yes'],
];

export const LEVELS = [
  ['L1', 'junior'], ['L2', 'junior'], ['L3', 'mid-level'], ['L4', 'senior'],
  ['L5', 'staff'], ['L6', 'principal'], ['L7', 'principal'], ['L8', 'principal'],
];
