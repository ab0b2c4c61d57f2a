import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { redactSecrets, redactText } from './redaction';

/** Nest's console logger with every message and stack trace passed through redactSecrets first. */
export class RedactingLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    super.printMessages(
      messages.map((message) => redactSecrets(message)),
      context === undefined ? context : redactText(context),
      logLevel,
      writeStreamType,
      typeof errorStack === 'string' ? redactText(errorStack) : errorStack,
    );
  }

  protected override printStackTrace(stack: string): void {
    // Nest calls this with whatever was passed as the stack, not always a string.
    super.printStackTrace(typeof stack === 'string' ? redactText(stack) : stack);
  }
}
