import type { ClassifyRule } from './classify.types';

/**
 * GraphQL servers answer 200 with `errors[].extensions.code` (Apollo, Hasura) or `errors[].type`
 * (GitHub). Their auth, permission, rate and server codes read as words; these name a bad request.
 */
export const graphqlRequest: ClassifyRule = ({ codes }) =>
  codes.some((code) =>
    /^(BAD_USER_INPUT|GRAPHQL_(VALIDATION|PARSE)_FAILED|PERSISTED_QUERY_NOT_FOUND)$/.test(code),
  )
    ? 'invalid_request'
    : undefined;
