import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { buildDataSourceOptions } from './data-source-options';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        buildDataSourceOptions(config.databaseUrl, config.databasePoolSize, config.databaseStatementTimeoutMs),
    }),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
