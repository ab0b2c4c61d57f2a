import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

/** Entry point for the TypeORM CLI (`npm run migration:generate`). */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required (a postgres:// URL)');
  process.exit(1);
}

export default new DataSource(buildDataSourceOptions(url));
