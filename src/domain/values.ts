/**
 * The value lists of the OKR model, in the order screens offer them: the domain's types are
 * derived from these, the contract's enums (src/contracts/schemas.ts) too, and the UI offers
 * exactly these. One home, so a new value is added once.
 */
export const CYCLE_KINDS = ['quarter', 'year'] as const;
export const TEAM_LEVELS = ['company', 'department', 'team'] as const;
export const TEAM_ROLES = ['admin', 'member'] as const;
export const COMMITMENTS = ['committed', 'aspirational'] as const;
export const VISIBILITIES = ['public', 'private'] as const;
export const METRIC_DIRECTIONS = ['increase', 'decrease'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const EPIC_PROGRESS_MODES = ['count', 'points'] as const;
