/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Frame {\n    me {\n      id\n      displayName\n      email\n      effectiveRoles\n      agency {\n        id\n        code\n        nameSv\n        nameEn\n      }\n      memberships {\n        id\n        role\n        groupId\n        group {\n          id\n          name\n          number\n          kind\n          planId\n        }\n      }\n    }\n    plans {\n      id\n      key\n      title\n      periodStart\n      periodEnd\n    }\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": typeof types.FrameDocument,
    "\n  query AccessibilityStatement {\n    serviceInfo {\n      organisationName\n      accessibilityContactEmail\n    }\n  }\n": typeof types.AccessibilityStatementDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    serviceInfo {\n      singleSignOn\n    }\n  }\n": typeof types.SignInOptionsDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Frame {\n    me {\n      id\n      displayName\n      email\n      effectiveRoles\n      agency {\n        id\n        code\n        nameSv\n        nameEn\n      }\n      memberships {\n        id\n        role\n        groupId\n        group {\n          id\n          name\n          number\n          kind\n          planId\n        }\n      }\n    }\n    plans {\n      id\n      key\n      title\n      periodStart\n      periodEnd\n    }\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": types.FrameDocument,
    "\n  query AccessibilityStatement {\n    serviceInfo {\n      organisationName\n      accessibilityContactEmail\n    }\n  }\n": types.AccessibilityStatementDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInOptions {\n    serviceInfo {\n      singleSignOn\n    }\n  }\n": types.SignInOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Frame {\n    me {\n      id\n      displayName\n      email\n      effectiveRoles\n      agency {\n        id\n        code\n        nameSv\n        nameEn\n      }\n      memberships {\n        id\n        role\n        groupId\n        group {\n          id\n          name\n          number\n          kind\n          planId\n        }\n      }\n    }\n    plans {\n      id\n      key\n      title\n      periodStart\n      periodEnd\n    }\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Frame {\n    me {\n      id\n      displayName\n      email\n      effectiveRoles\n      agency {\n        id\n        code\n        nameSv\n        nameEn\n      }\n      memberships {\n        id\n        role\n        groupId\n        group {\n          id\n          name\n          number\n          kind\n          planId\n        }\n      }\n    }\n    plans {\n      id\n      key\n      title\n      periodStart\n      periodEnd\n    }\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessibilityStatement {\n    serviceInfo {\n      organisationName\n      accessibilityContactEmail\n    }\n  }\n"): (typeof documents)["\n  query AccessibilityStatement {\n    serviceInfo {\n      organisationName\n      accessibilityContactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    serviceInfo {\n      singleSignOn\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    serviceInfo {\n      singleSignOn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;