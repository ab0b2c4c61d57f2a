import { AppConfig } from './app-config';
import { ConfigValidationError, loadConfig } from './load-config';

/** Loads the config for a process entry point: one line per problem, then exit 1. */
export function loadConfigOrExit(processName: string): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      for (const problem of error.problems) console.error(`[${processName}] config: ${problem}`);
      process.exit(1);
    }
    throw error;
  }
}
