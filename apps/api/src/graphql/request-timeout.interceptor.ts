import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { graphqlContextOf } from '@samverkan/auth';
import { RequestTimeoutException } from '@samverkan/common';
import { Observable, throwError, timeout } from 'rxjs';

/**
 * Answers TIMEOUT when a root field has not resolved by the request's
 * deadline. A mutation still running is then rolled back by its transaction,
 * which checks the same deadline before committing and bounds its statements by it.
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const { deadline } = graphqlContextOf(context);
    deadline.assertNotPassed();
    return next.handle().pipe(
      timeout({ first: deadline.remainingMs(), with: () => throwError(() => new RequestTimeoutException(deadline.timeoutMs)) }),
    );
  }
}
