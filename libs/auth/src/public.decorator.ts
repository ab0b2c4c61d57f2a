import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'samverkan:public';

/** Marks a resolver callable without logging in (login itself). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
