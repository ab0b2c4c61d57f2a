import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the sign-in and accessibility pages show before anyone signs in' })
export class ServiceInfo {
  @Field(() => String, { nullable: true, description: 'The organisation responsible for the service (ORGANISATION_NAME); null when not configured' })
  organisationName: string | null;

  @Field(() => String, { nullable: true, description: 'Where to report accessibility problems or ask for content in an accessible form (ACCESSIBILITY_CONTACT_EMAIL)' })
  accessibilityContactEmail: string | null;

  @Field({ description: 'Signing in at the agencies\' identity provider is offered (OIDC_CLIENT_ID is configured)' })
  singleSignOn: boolean;
}
