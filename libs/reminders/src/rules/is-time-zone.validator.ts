import { ValidationOptions, registerDecorator } from 'class-validator';
import { isTimeZone } from '../time/local-time';

/** An IANA time zone name that this runtime knows, e.g. Europe/Stockholm. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Europe/Stockholm', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
  };
}
