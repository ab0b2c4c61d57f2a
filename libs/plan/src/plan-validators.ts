import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsDateString, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';

/**
 * A calendar date written YYYY-MM-DD that exists (no 30 February), in the
 * years 1900–2999: far wider than any plan, and date arithmetic on it
 * (a month on, a reminder before) never leaves four-digit years.
 */
export function IsCalendarDate(): PropertyDecorator {
  return applyDecorators(
    Matches(/^(19|2\d)\d{2}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD, in the years 1900–2999' }),
    IsDateString({ strict: true }),
  );
}

/** A list of distinct ids, at most `max` long. */
export function IsIdList(max: number): PropertyDecorator {
  return applyDecorators(ArrayMaxSize(max), ArrayUnique(), IsUUID('all', { each: true }));
}

/** A whole percentage, 0–100. */
export function IsProgress(): PropertyDecorator {
  return applyDecorators(IsInt(), Min(0), Max(100));
}
