import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { verifyAuditChain } from '@samverkan/audit';
import { loadConfigOrExit } from '@samverkan/config';
import { buildDataSourceOptions, grantApplicationRoleAt } from '@samverkan/database';
import { NestFactory } from '@nestjs/core';
import { ReminderScheduler } from '@samverkan/reminders';
import { ReportWorkflowService, ReportsService } from '@samverkan/reports';
import { SeedModule, seedDemoPlan, seedIpvPlan } from '@samverkan/seed';
import { DataSource } from 'typeorm';
import { printSchema } from './print-schema';

const COMMANDS: Record<string, string> = {
  migrate: 'apply pending migrations, then grant the application role (APP_DATABASE_URL) its privileges',
  'migrate:revert': 'revert the latest migration',
  seed: 'insert the 2019–2021 plan, demo accounts and (unless SEED_DEMO=false) the demo plan where missing (idempotent)',
  'schema:print': 'write the GraphQL schema to schema.gql',
  'verify-audit': 'check the audit log hash chain; exit 1 at the first altered row',
};

/** As the schema owner (DATABASE_URL): migrations change the schema. */
async function withDataSource<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit('cli');
  const dataSource = new DataSource(buildDataSourceOptions(config.ownerDatabaseUrl, 2));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Every run, not only when something was applied: grants follow the tables as they are now. */
async function grantApplicationRoleOrWarn(): Promise<void> {
  const config = loadConfigOrExit('cli');
  if (config.applicationRole === null) {
    console.warn('[cli] APP_DATABASE_URL is not set: no application role was granted, so the api and worker would run as the schema owner (docs/operations.md)');
    return;
  }
  await grantApplicationRoleAt(config.ownerDatabaseUrl, config.applicationRole);
  console.log(`Granted the application role "${config.applicationRole.name}" its privileges`);
}

/** The historical plan, then the demo plan unless SEED_DEMO=false (its default in production). */
async function seed(): Promise<number> {
  const config = loadConfigOrExit('cli');
  const demo = seedDemoWanted(process.env.SEED_DEMO, config.nodeEnv);
  const context = await NestFactory.createApplicationContext(SeedModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const dataSource = context.get(DataSource);
    const { inserted } = await seedIpvPlan(dataSource);
    if (!demo) return inserted;
    const demoPlan = await seedDemoPlan(dataSource, {
      now: new Date(),
      reminders: context.get(ReminderScheduler),
      reports: context.get(ReportsService),
      workflow: context.get(ReportWorkflowService),
    });
    return inserted + demoPlan.inserted;
  } finally {
    await context.close();
  }
}

function seedDemoWanted(value: string | undefined, nodeEnv: string): boolean {
  if (value === undefined || value.trim() === '') return nodeEnv !== 'production';
  if (value === 'true' || value === 'false') return value === 'true';
  console.error(`[cli] SEED_DEMO must be true or false (got "${value}")`);
  process.exit(2);
}

async function run(command: string | undefined): Promise<void> {
  switch (command) {
    case 'migrate': {
      const applied = await withDataSource((ds) => ds.runMigrations({ transaction: 'each' }));
      console.log(applied.length === 0 ? 'No pending migrations' : `Applied ${applied.map((m) => m.name).join(', ')}`);
      await grantApplicationRoleOrWarn();
      return;
    }
    case 'migrate:revert':
      await withDataSource((ds) => ds.undoLastMigration({ transaction: 'each' }));
      console.log('Reverted the latest migration');
      return;
    case 'seed': {
      const inserted = await seed();
      console.log(inserted === 0 ? 'Seed: nothing to add' : `Seed: inserted ${inserted} rows`);
      return;
    }
    case 'schema:print': {
      const target = resolve(process.cwd(), 'schema.gql');
      writeFileSync(target, await printSchema());
      console.log(`Wrote ${target}`);
      return;
    }
    case 'verify-audit': {
      const result = await withDataSource((ds) => verifyAuditChain(ds));
      if (result.brokenAt !== null) {
        console.error(`Audit chain broken at row ${result.brokenAt}: ${result.problem} (${result.verified} rows before it are intact)`);
        process.exit(1);
      }
      console.log(`Audit chain intact: ${result.verified} rows verified, head hash ${result.headHash}`);
      return;
    }
    default:
      console.error(`Usage: samverkan <command>\n${Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(16)}${what}`).join('\n')}`);
      process.exit(2);
  }
}

run(process.argv[2]).catch((error: unknown) => {
  console.error(`[cli] ${process.argv[2]} failed:`, error instanceof Error ? error.message : error);
  process.exit(1);
});
